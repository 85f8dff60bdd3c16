/*
 * cluster.exe for wine-clusapi: output helper and error printer.
 *
 * Text goes to the console with WriteConsoleW when the handle is a console;
 * otherwise (pipe, file: test harnesses) it is converted to the console
 * output code page and written with WriteFile, with "\r\n" line ends as a
 * Windows console program produces them.  The listings of the object
 * commands are cl_table tables, printed here.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

void cl_veprintf(const WCHAR *format, va_list args)
{
    vprint(STD_ERROR_HANDLE, format, args);
}

void WINAPIV cl_eprintf(const WCHAR *format, ...)
{
    va_list args;

    va_start(args, format);
    vprint(STD_ERROR_HANDLE, format, args);
    va_end(args);
}

/* "System error|warning N has occurred (0xN)." and the system's text for N. */
static void print_system_message(const WCHAR *what, DWORD err)
{
    WCHAR *text = NULL;
    DWORD len;

    cl_eprintf(L"System %ls %u has occurred (0x%08x).\n", what, (unsigned int)err, (unsigned int)err);
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
}

DWORD cl_print_error(DWORD err)
{
    print_system_message(L"error", err);
    return err;
}

DWORD cl_print_warning(DWORD err)
{
    print_system_message(L"warning", err);
    return ERROR_SUCCESS;
}

/* ---- tables ---- */

void cl_table_init(struct cl_table *table, const struct cl_column *columns, int column_count)
{
    memset(table, 0, sizeof(*table));
    table->columns = columns;
    table->column_count = column_count;
}

DWORD cl_table_add(struct cl_table *table, const WCHAR *const *cells)
{
    size_t base;
    int i;

    if (table->row_count == table->capacity)
    {
        size_t capacity = table->capacity ? table->capacity * 2 : 8;
        WCHAR **grown = realloc(table->cells, capacity * table->column_count * sizeof(*grown));

        if (!grown) return ERROR_NOT_ENOUGH_MEMORY;
        table->cells = grown;
        table->capacity = capacity;
    }
    base = table->row_count * table->column_count;
    for (i = 0; i < table->column_count; i++)
    {
        const WCHAR *cell = cells[i] ? cells[i] : L"";
        WCHAR *copy = malloc((wcslen(cell) + 1) * sizeof(WCHAR));

        if (!copy)
        {
            while (i--) free(table->cells[base + i]);
            return ERROR_NOT_ENOUGH_MEMORY;
        }
        wcscpy(copy, cell);
        table->cells[base + i] = copy;
    }
    table->row_count++;
    return ERROR_SUCCESS;
}

void cl_table_free(struct cl_table *table)
{
    size_t i;

    for (i = 0; i < table->row_count * table->column_count; i++) free(table->cells[i]);
    free(table->cells);
    table->cells = NULL;
    table->row_count = table->capacity = 0;
}

/* Prints one line; the last non-empty cell is not padded (no trailing blanks). */
static void print_row(const struct cl_table *table, const int *widths, const WCHAR *const *cells)
{
    int i, last = table->column_count - 1;

    while (last > 0 && !cells[last][0] && !table->columns[last].right) last--;
    for (i = 0; i <= last; i++)
    {
        const WCHAR *sep = i < last ? L" " : L"";

        if (table->columns[i].right)
            cl_printf(L"%*ls%ls", widths[i], cells[i], sep);
        else if (i < last)
            cl_printf(L"%-*ls%ls", widths[i], cells[i], sep);
        else
            cl_printf(L"%ls", cells[i]);
    }
    cl_printf(L"\n");
}

void cl_table_print(const struct cl_table *table)
{
    const WCHAR **titles, **dashes;
    WCHAR *line = NULL;
    int *widths, i, max_width = 0;
    size_t row;

    widths = calloc(table->column_count, sizeof(*widths));
    titles = calloc(table->column_count, sizeof(*titles));
    dashes = calloc(table->column_count, sizeof(*dashes));
    if (!widths || !titles || !dashes) goto done;

    for (i = 0; i < table->column_count; i++)
    {
        widths[i] = max(table->columns[i].min_width, (int)wcslen(table->columns[i].title));
        for (row = 0; row < table->row_count; row++)
            widths[i] = max(widths[i], (int)wcslen(table->cells[row * table->column_count + i]));
        max_width = max(max_width, widths[i]);
        titles[i] = table->columns[i].title;
    }
    if (!(line = malloc((max_width + 1) * sizeof(WCHAR)))) goto done;
    for (i = 0; i < max_width; i++) line[i] = '-';
    /* Each column's dashes: the tail of one shared line of the widest length. */
    for (i = 0; i < table->column_count; i++) dashes[i] = line + max_width - widths[i];
    line[max_width] = 0;

    print_row(table, widths, titles);
    print_row(table, widths, dashes);
    for (row = 0; row < table->row_count; row++)
        print_row(table, widths, (const WCHAR *const *)table->cells + row * table->column_count);

done:
    free(line);
    free(dashes);
    free(titles);
    free(widths);
}
