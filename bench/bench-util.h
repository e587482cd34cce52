/* bench-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the benchmarks share: the median of a run's times, a child process timed from its
 * start to its exit with its peak memory (getrusage of the child), and the one RESULT line
 * each figure ends with, which `make bench` gathers into a table. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A child process that ran to its end. */
typedef struct
{
  double  seconds;      /* from just before the spawn to its exit */
  glong   max_rss_kb;   /* its peak resident memory (ru_maxrss) */
  char   *out;          /* what it wrote to standard output */
} BenchChild;

void     bench_child_clear    (BenchChild          *child);

/* Runs @argv (with @envp, or this environment when %NULL) and waits for it. Fails when it
 * could not be started or did not exit with status 0; its standard error is passed on. */
gboolean bench_run_child      (const char * const  *argv,
                               const char * const  *envp,
                               BenchChild          *child,
                               GError             **error);

/* The median of @times (doubles; sorts them). */
double   bench_median         (GArray              *times);
/* The median of @values (glongs; sorts them). */
glong    bench_median_long    (GArray              *values);

/* This process's peak resident memory so far, in kB (VmHWM), or -1. */
glong    bench_self_peak_kb   (void);

/* Prints the figure's RESULT line: "RESULT | operation | ours | reference | ratio | target |
 * met | peak memory |". @reference_label NULL: no reference; @peak_kb < 0: not measured.
 * @target is shown as written (e.g. "<= 2x"). */
void     bench_print_result   (const char          *operation,
                               const char          *ours,
                               const char          *reference,
                               double               ratio,
                               const char          *target,
                               const char          *met,
                               const char          *peak_memory);

/* Writes an export of @rows bookings as the financial system writes it, in the default
 * format of the booking import: Dutch amounts, some with the euro sign, one in five a
 * commitment, every reference its own, on the cost lines of the seeded plan. */
void     bench_write_bookings_csv (const char      *path,
                                   guint            rows);

/* "12.3 ms" or "1.23 s". */
char    *bench_format_seconds (double               seconds);
/* "45 MB" from kB. */
char    *bench_format_kb      (glong                kb);

G_END_DECLS
