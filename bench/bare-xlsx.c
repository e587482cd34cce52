/* bare-xlsx.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workbook benchmark's reference: a bare libxlsxwriter loop in constant memory mode,
 * writing given cells to one sheet:
 *
 *   bare-xlsx CELLS OUT.xlsx KINDS
 *
 * CELLS holds rows ended by 0x1E, their fields parted by 0x1F; the first row is the
 * header. KINDS gives each column's kind: 't' text (a string), 'd' a date (YYYY-MM-DD,
 * written as a date with a date format), 'n' a number. Empty fields stay empty. Reads a
 * row and writes it, so its memory does not grow with the rows. Prints "seconds S" (the
 * loop, from workbook_new to workbook_close) and "cells N". */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <xlsxwriter.h>

#define FIELD_SEP  '\x1f'
#define RECORD_SEP '\x1e'

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int   argc,
      char *argv[])
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  lxw_workbook *wb;
  lxw_worksheet *ws;
  lxw_format *bold;
  lxw_format *date;
  const char *kinds;
  FILE *in;
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  lxw_row_t row = 0;
  long cells = 0;
  double start;

  if (argc != 4)
    {
      fprintf (stderr, "Usage: bare-xlsx CELLS OUT.xlsx KINDS\n");
      return 2;
    }
  kinds = argv[3];
  in = fopen (argv[1], "r");
  if (in == NULL)
    {
      perror (argv[1]);
      return 1;
    }

  start = now ();
  wb = workbook_new_opt (argv[2], &options);
  if (wb == NULL)
    return 1;
  ws = workbook_add_worksheet (wb, "Meldingen");
  bold = workbook_add_format (wb);
  format_set_bold (bold);
  date = workbook_add_format (wb);
  format_set_num_format (date, "dd-mm-yyyy");

  while ((len = getdelim (&line, &size, RECORD_SEP, in)) > 0)
    {
      char *field = line;
      lxw_col_t col = 0;

      if (line[len - 1] == RECORD_SEP)
        line[len - 1] = '\0';
      for (;;)
        {
          char *end = strchr (field, FIELD_SEP);
          char kind = col < strlen (kinds) ? kinds[col] : 't';

          if (end != NULL)
            *end = '\0';
          if (field[0] != '\0')
            {
              if (row == 0)
                worksheet_write_string (ws, row, col, field, bold);
              else if (kind == 'd')
                {
                  lxw_datetime dt = { 0 };

                  sscanf (field, "%d-%d-%d", &dt.year, &dt.month, &dt.day);
                  worksheet_write_datetime (ws, row, col, &dt, date);
                }
              else if (kind == 'n')
                worksheet_write_number (ws, row, col, strtod (field, NULL), NULL);
              else
                worksheet_write_string (ws, row, col, field, NULL);
              cells++;
            }
          if (end == NULL)
            break;
          field = end + 1;
          col++;
        }
      row++;
    }
  free (line);
  fclose (in);
  if (workbook_close (wb) != LXW_NO_ERROR)
    {
      fprintf (stderr, "bare-xlsx: the workbook could not be written\n");
      return 1;
    }
  printf ("seconds %.6f\ncells %ld\n", now () - start, cells);
  return 0;
}
