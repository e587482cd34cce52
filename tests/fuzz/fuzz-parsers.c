/* fuzz-parsers.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the parsers under every import, without a database (so it runs
 * thousands of times faster than fuzz-booking-import): any bytes to ond_csv_parse(), whose
 * rows are walked whole, and every field of them to ond_money_parse() and
 * ond_date_parse(); the bytes themselves, cut at the first line end, to both as well.
 * Nothing may crash or read out of bounds, and what they return must hold together: a row
 * has its number of fields, each a NUL-terminated string inside valid UTF-8; a parsed
 * amount or date comes with no error, a refused one with a message.
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ond-csv.h"
#include "ond-date.h"
#include "ond-money.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_value (const char *text)
{
  g_autoptr(GError) money_error = NULL;
  g_autoptr(GError) date_error = NULL;
  g_autofree char *iso = NULL;
  gint64 cents = 0;

  if (ond_money_parse (text, &cents, &money_error))
    g_assert_null (money_error);
  else
    g_assert_true (money_error != NULL && money_error->message[0] != '\0');

  if (ond_date_parse (text, &iso, &date_error))
    {
      int y = 0, m = 0, d = 0;

      /* The booking import writes these dates without SQLite checking them again: each
       * must be a real day, written as the schema's CHECK (date(x) IS x) wants it. */
      g_assert_true (date_error == NULL && iso != NULL && strlen (iso) == 10);
      g_assert_cmpint (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d), ==, 3);
      g_assert_true (g_date_valid_dmy (d, m, y));
    }
  else
    g_assert_true (date_error != NULL && date_error->message[0] != '\0');
}

static void
check_row (const OndCsvRow *row)
{
  for (guint i = 0; i < row->n_fields; i++)
    {
      g_assert_nonnull (row->fields[i]);
      g_assert_true (g_utf8_validate (row->fields[i], -1, NULL));
      check_value (row->fields[i]);
    }
  g_assert_null (row->fields[row->n_fields]);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_line = NULL;
  OndCsv *csv;
  const char *end;

  csv = ond_csv_parse ((const char *) data, size, &error);
  if (csv == NULL)
    {
      g_assert_true (error != NULL && error->domain == OND_CSV_ERROR);
    }
  else
    {
      const OndCsvRow *header = ond_csv_get_header (csv);

      g_assert_no_error (error);
      check_row (header);
      for (guint i = 0; i < ond_csv_get_n_rows (csv); i++)
        {
          const OndCsvRow *row = ond_csv_get_row (csv, i);

          g_assert_cmpuint (row->n_fields, ==, header->n_fields);
          g_assert_cmpuint (row->line, >, header->line);
          check_row (row);
        }
      for (guint i = 0; i < ond_csv_get_n_problems (csv); i++)
        g_assert_nonnull (ond_csv_get_problem (csv, i)->message);
      ond_csv_free (csv);
    }

  /* The parsers on their own, with text as a field could hold it. */
  end = memchr (data, '\n', size);
  first_line = g_strndup ((const char *) data, end != NULL ? (gsize) (end - (const char *) data)
                                                           : size);
  if (g_utf8_validate (first_line, -1, NULL))
    check_value (first_line);
  return 0;
}
