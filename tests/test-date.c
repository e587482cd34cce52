/* test-date.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates: ISO in the database, dd-mm-jjjj on screen; impossible dates are refused. */

#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include "ond-date.h"

typedef struct
{
  const char *in;
  const char *out;
} Case;

static void
test_format (void)
{
  static const Case cases[] = {
    { "2023-03-01", "01-03-2023" },
    { "2024-12-31", "31-12-2024" },
    { "2024-02-29", "29-02-2024" },
    { "0999-01-01", "01-01-0999" },
    { "2023-03-01T14:05:09", "01-03-2023 14:05" },
    { "2023-03-01 08:30", "01-03-2023 08:30" },
    { "", "" },
    /* Not an ISO date: shown as stored, never hidden. */
    { "01-03-2023", "01-03-2023" },
    { "2023-02-30", "2023-02-30" },
    { "onbekend", "onbekend" },
  };
  g_autofree char *null_text = ond_date_format (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ond_date_format (cases[i].in);

      g_assert_cmpstr (text, ==, cases[i].out);
    }
  g_assert_cmpstr (null_text, ==, "");
}

static void
test_parse_valid (void)
{
  static const Case cases[] = {
    { "01-03-2023", "2023-03-01" },
    { "1-3-2023", "2023-03-01" },
    { "01-3-2023", "2023-03-01" },
    { "31-12-2024", "2024-12-31" },
    { "  31-12-2024 ", "2024-12-31" },
    { "29-02-2024", "2024-02-29" },
    { "29-02-2000", "2000-02-29" },
    { "1/3/2023", "2023-03-01" },
    { "01.03.2023", "2023-03-01" },
    { "2023-03-01", "2023-03-01" },
    { "2023-3-1", "2023-03-01" },
    { "2024-02-29", "2024-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("“%s”", cases[i].in);
      g_assert_true (ond_date_parse (cases[i].in, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].out);
    }
}

typedef struct
{
  const char *text;
  int         code;
} ErrorCase;

static void
test_parse_errors (void)
{
  static const ErrorCase cases[] = {
    /* Written as a date, but no such day. */
    { "31-02-2023", OND_DATE_ERROR_NONEXISTENT },
    { "29-02-2023", OND_DATE_ERROR_NONEXISTENT },
    { "29-02-1900", OND_DATE_ERROR_NONEXISTENT },
    { "31-04-2023", OND_DATE_ERROR_NONEXISTENT },
    { "32-01-2023", OND_DATE_ERROR_NONEXISTENT },
    { "00-01-2023", OND_DATE_ERROR_NONEXISTENT },
    { "01-13-2023", OND_DATE_ERROR_NONEXISTENT },
    { "01-00-2023", OND_DATE_ERROR_NONEXISTENT },
    { "01-01-0000", OND_DATE_ERROR_NONEXISTENT },
    { "2023-02-30", OND_DATE_ERROR_NONEXISTENT },
    { "2023-13-01", OND_DATE_ERROR_NONEXISTENT },
    /* Not written as a date. */
    { "", OND_DATE_ERROR_INVALID },
    { "   ", OND_DATE_ERROR_INVALID },
    { "morgen", OND_DATE_ERROR_INVALID },
    { "1-3-23", OND_DATE_ERROR_INVALID },
    { "01-03-20233", OND_DATE_ERROR_INVALID },
    { "123-01-2023", OND_DATE_ERROR_INVALID },
    { "01-03-2023x", OND_DATE_ERROR_INVALID },
    { "01-03/2023", OND_DATE_ERROR_INVALID },
    { "01--03-2023", OND_DATE_ERROR_INVALID },
    { "2023-03", OND_DATE_ERROR_INVALID },
    { "2023-03-01T10:00", OND_DATE_ERROR_INVALID },
    { "2023/03/01", OND_DATE_ERROR_INVALID },
    { "1 maart 2023", OND_DATE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char *iso = (char *) "untouched";

      g_test_message ("“%s”", cases[i].text);
      g_assert_false (ond_date_parse (cases[i].text, &iso, &error));
      g_assert_error (error, OND_DATE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpstr (iso, ==, "untouched");
    }
}

static void
test_round_trip (void)
{
  /* Every day of a leap year and of a common year: ISO -> screen -> ISO. */
  static const guint years[] = { 2023, 2024 };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, years[y]);
      guint days = 0;

      while (g_date_get_year (date) == years[y])
        {
          g_autofree char *iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                                                  g_date_get_month (date),
                                                  g_date_get_day (date));
          g_autofree char *shown = ond_date_format (iso);
          g_autofree char *back = NULL;
          g_autoptr(GError) error = NULL;

          g_assert_true (ond_date_parse (shown, &back, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (back, ==, iso);
          g_date_add_days (date, 1);
          days++;
        }
      g_assert_cmpuint (days, ==, g_date_is_leap_year (years[y]) ? 366 : 365);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/date/format", test_format);
  g_test_add_func ("/ond/date/parse/valid", test_parse_valid);
  g_test_add_func ("/ond/date/parse/errors", test_parse_errors);
  g_test_add_func ("/ond/date/round-trip", test_round_trip);

  return g_test_run ();
}
