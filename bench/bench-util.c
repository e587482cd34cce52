/* bench-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The benchmarks' shared helpers (see bench-util.h). */

#define G_LOG_DOMAIN "bench-util"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>

#include "bench-util.h"

void
bench_child_clear (BenchChild *child)
{
  g_clear_pointer (&child->out, g_free);
}

gboolean
bench_run_child (const char * const  *argv,
                 const char * const  *envp,
                 BenchChild          *child,
                 GError             **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  struct rusage usage = { 0 };
  GPid pid = 0;
  int out_fd = -1;
  int status = 0;
  gint64 start;
  gint64 end;
  char buffer[4096];
  ssize_t n;

  memset (child, 0, sizeof *child);
  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, (char **) envp,
                                 G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL, &out_fd,
                                 NULL, error))
    return FALSE;
  while ((n = read (out_fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      g_string_append_len (out, buffer, n);
    }
  close (out_fd);
  while (wait4 (pid, &status, 0, &usage) < 0)
    {
      if (errno != EINTR)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "wait4: %s",
                       g_strerror (errno));
          return FALSE;
        }
    }
  end = g_get_monotonic_time ();
  g_spawn_close_pid (pid);

  child->seconds = (end - start) / 1e6;
  child->max_rss_kb = usage.ru_maxrss;
  child->out = g_string_free (g_steal_pointer (&out), FALSE);
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: ", argv[0]);
      bench_child_clear (child);
      return FALSE;
    }
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
compare_longs (gconstpointer a,
               gconstpointer b)
{
  glong x = *(const glong *) a;
  glong y = *(const glong *) b;

  return (x > y) - (x < y);
}

double
bench_median (GArray *times)
{
  g_return_val_if_fail (times != NULL && times->len > 0, 0);

  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

glong
bench_median_long (GArray *values)
{
  g_return_val_if_fail (values != NULL && values->len > 0, 0);

  g_array_sort (values, compare_longs);
  return g_array_index (values, glong, values->len / 2);
}

glong
bench_self_peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + strlen ("VmHWM:"), NULL, 10) : -1;
}

void
bench_print_result (const char *operation,
                    const char *ours,
                    const char *reference,
                    double      ratio,
                    const char *target,
                    const char *met,
                    const char *peak_memory)
{
  g_autofree char *ratio_text = ratio > 0 ? g_strdup_printf ("%.2fx", ratio) : g_strdup ("—");

  g_print ("RESULT | %s | %s | %s | %s | %s | %s | %s |\n", operation, ours,
           reference != NULL ? reference : "—", ratio_text, target, met,
           peak_memory != NULL ? peak_memory : "—");
}

static const char * const lines[] = {
  "Veiligheidsinformatieknooppunt (VIK)",
  "Meld Misdaad Anoniem (MMA)",
  "BIBOB trainingen",
  "C3 systeem i.h.k.v. casusoverleg ondermijning",
  "Inzet bestuurlijke maatregelen",
  "Inzet Digitale Opsporing BV",
  "Integrale controles",
  "Uitvoering acties uit communicatieplan + contentkalender",
  "Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)",
  "Onvoorziene kosten",
};

void
bench_write_bookings_csv (const char *path,
                          guint       rows)
{
  g_autoptr(GString) text = g_string_new ("Datum;Kostenpost;Bedrag;Soort;Omschrijving;"
                                          "Referentie;Leverancier\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= rows; i++)
    g_string_append_printf (text, "%02u-%02u-%04u;%s;%s%u.%03u,%02u;%s;Factuur %u;%s-%06u;"
                            "Leverancier %u\n",
                            1 + i % 28, 1 + i % 12, 2023 + i % 2, lines[i % G_N_ELEMENTS (lines)],
                            i % 3 == 0 ? "€ " : "", 1 + i % 40, i % 1000, i % 100,
                            i % 5 == 0 ? "verplichting" : "realisatie", i,
                            i % 5 == 0 ? "O" : "F", i, i % 250);
  if (!g_file_set_contents (path, text->str, text->len, &error))
    g_error ("%s", error->message);
}

char *
bench_format_seconds (double seconds)
{
  if (seconds < 1)
    return g_strdup_printf ("%.1f ms", seconds * 1000);
  return g_strdup_printf ("%.2f s", seconds);
}

char *
bench_format_kb (glong kb)
{
  if (kb < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.0f MB", kb / 1024.0);
}
