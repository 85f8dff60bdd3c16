/*
 * gen-cluster: writes the description of a cluster with many resources, for
 * benchmarks (server/README.md, "Generated clusters").
 *
 *   gen-cluster [-g PER_GROUP] [-o FILE] NUM_RESOURCES
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "server/model.h"

static void usage(FILE *to)
{
    fprintf(to, "Usage: gen-cluster [-g PER_GROUP] [-o FILE] NUM_RESOURCES\n"
                "Writes a cluster description with NUM_RESOURCES generic services in roles of\n"
                "PER_GROUP (default 10) to FILE (default standard output).\n");
}

/* A whole decimal number within [min, max]. */
static bool parse_count(const char *s, unsigned long min, unsigned long max, unsigned int *out)
{
    unsigned long value;
    char *end;

    if (!*s || *s == '-') return false;
    errno = 0;
    value = strtoul(s, &end, 10);
    if (errno || *end || value < min || value > max) return false;
    *out = value;
    return true;
}

int main(int argc, char **argv)
{
    unsigned int per_group = 10, count;
    const char *path = NULL;
    FILE *out = stdout;
    bool ok;
    int option;

    while ((option = getopt(argc, argv, "g:o:h")) != -1)
    {
        switch (option)
        {
        case 'g':
            if (!parse_count(optarg, 1, 1000, &per_group))
            {
                fprintf(stderr, "gen-cluster: -g wants 1 to 1000\n");
                return 2;
            }
            break;
        case 'o':
            path = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return 2;
        }
    }
    if (optind != argc - 1 || !parse_count(argv[optind], 0, CMRP_MAX_RESOURCES - 16, &count))
    {
        usage(stderr);
        return 2;
    }
    if (path && !(out = fopen(path, "w")))
    {
        fprintf(stderr, "gen-cluster: %s: %s\n", path, strerror(errno));
        return 1;
    }
    ok = cmrp_model_write_generated(out, count, per_group);
    if (path && fclose(out)) ok = false;
    if (!ok)
    {
        fprintf(stderr, "gen-cluster: could not write %s\n", path ? path : "the description");
        return 1;
    }
    return 0;
}
