/*
 * cluster.exe for wine-clusapi: output helper and error printer.
 *
 * Text goes to the console with WriteConsoleW when the handle is a console;
 * otherwise (pipe, file: test harnesses) it is converted to the console
 * output code page and written with WriteFile, with "\r\n" line ends as a
 * Windows console program produces them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

static void write_text(HANDLE handle, const WCHAR *text, size_t len)
{
    DWORD mode, written;
    WCHAR *crlf;
    char *bytes;
    size_t i, j, lines = 0;
    UINT cp;
    int size;

    if (!len || handle == INVALID_HANDLE_VALUE || !handle) return;

    if (GetConsoleMode(handle, &mode))
    {
        /* The console itself turns "\n" into a new line. */
        while (len)
        {
            DWORD chunk = len > 0x8000 ? 0x8000 : (DWORD)len;
            if (!WriteConsoleW(handle, text, chunk, &written, NULL) || !written) return;
            text += written;
            len -= written;
        }
        return;
    }

    for (i = 0; i < len; i++) if (text[i] == '\n') lines++;
    if (!(crlf = malloc((len + lines) * sizeof(WCHAR)))) return;
    for (i = j = 0; i < len; i++)
    {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) crlf[j++] = '\r';
        crlf[j++] = text[i];
    }

    if (!(cp = GetConsoleOutputCP())) cp = GetOEMCP();
    size = WideCharToMultiByte(cp, 0, crlf, (int)j, NULL, 0, NULL, NULL);
    if (size > 0 && (bytes = malloc(size)))
    {
        WideCharToMultiByte(cp, 0, crlf, (int)j, bytes, size, NULL, NULL);
        WriteFile(handle, bytes, size, &written, NULL);
        free(bytes);
    }
    free(crlf);
}

static void vprint(DWORD std_handle, const WCHAR *format, va_list args)
{
    WCHAR stack_buf[512], *buf = stack_buf;
    size_t size = ARRAY_SIZE(stack_buf);
    va_list copy;
    int len;

    for (;;)
    {
        va_copy(copy, args);
        len = _vsnwprintf(buf, size, format, copy);
        va_end(copy);
        if (len >= 0 && (size_t)len < size) break;
        if (buf != stack_buf) free(buf);
        if (size >= 1024 * 1024 || !(buf = malloc(size * 2 * sizeof(WCHAR)))) return;
        size *= 2;
    }
    write_text(GetStdHandle(std_handle), buf, len);
    if (buf != stack_buf) free(buf);
}

void WINAPIV cl_printf(const WCHAR *format, ...)
{
    va_list args;

    va_start(args, format);
    vprint(STD_OUTPUT_HANDLE, format, args);
    va_end(args);
}

void WINAPIV cl_eprintf(const WCHAR *format, ...)
{
    va_list args;

    va_start(args, format);
    vprint(STD_ERROR_HANDLE, format, args);
    va_end(args);
}

DWORD cl_print_error(DWORD err)
{
    WCHAR *text = NULL;
    DWORD len;

    cl_eprintf(L"System error %u has occurred (0x%08x).\n", (unsigned int)err, (unsigned int)err);
    len = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS |
                         FORMAT_MESSAGE_ALLOCATE_BUFFER, NULL, err, 0, (WCHAR *)&text, 0, NULL);
    if (len && text)
    {
        /* System messages end with "\r\n"; print exactly one line end. */
        while (len && (text[len - 1] == '\r' || text[len - 1] == '\n' || text[len - 1] == ' '))
            text[--len] = 0;
        cl_eprintf(L"%ls\n", text);
    }
    if (text) LocalFree(text);
    return err;
}
