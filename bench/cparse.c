/* segbot bench analytics: the C reference parse rate. Reads the CSV in 1 MiB blocks, splits every
   line on commas and parses its last field with strtod; no quoting, no validation, no storage: the
   least work any import must do. Prints rows, wall and CPU seconds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    FILE *f = argc > 1 ? fopen(argv[1], "rb") : NULL;
    if (!f) {
        perror(argc > 1 ? argv[1] : "usage: cparse FILE.csv");
        return 1;
    }
    static char buf[(1 << 20) + (1 << 20)];
    size_t keep = 0;
    long rows = -1;
    double sum = 0;
    struct timespec t0, t1;
    clock_t c0 = clock();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        size_t got = fread(buf + keep, 1, 1 << 20, f);
        size_t len = keep + got, start = 0;
        int eof = got == 0;
        for (size_t i = 0; i < len; i++) {
            if (buf[i] == '\n' || (eof && i == len - 1)) {
                size_t last = start;
                for (size_t j = start; j < i; j++) {
                    if (buf[j] == ',') last = j + 1;
                }
                if (rows >= 0) sum += strtod(buf + last, NULL);
                rows++;
                start = i + 1;
            }
        }
        keep = len - start;
        memmove(buf, buf + start, keep);
        if (eof) break;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    double cpu = (double) (clock() - c0) / CLOCKS_PER_SEC;
    printf("cparse rows %ld sum %.2f wall %.4f cpu %.4f\n", rows, sum, wall, cpu);
    return 0;
}
