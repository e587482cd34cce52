/* test-money.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Money formatting and parsing: every rule of DESIGN.md's "Amounts", the error cases, and
 * the round trip format -> parse.
 */

#define G_LOG_DOMAIN "test-money"

#include "config.h"

#include <locale.h>

#include "ond-money.h"

#define EURO "\xe2\x82\xac"
#define NBSP "\xc2\xa0"

typedef struct
{
  gint64      cents;
  const char *text;
} Case;

static void
test_format (void)
{
  static const Case cases[] = {
    { 0, EURO " 0" },
    { 100, EURO " 1" },
    { 5, EURO " 0,05" },
    { 50, EURO " 0,50" },
    { 1250, EURO " 12,50" },
    { 1700000, EURO " 17.000" },
    { 150000, EURO " 1.500" },
    { 123456, EURO " 1.234,56" },
    { 25000000, EURO " 250.000" },
    { 99999999900, EURO " 999.999.999" },
    { 100000000001, EURO " 1.000.000.000,01" },
    { -1250, EURO " -12,50" },
    { -100000, EURO " -1.000" },
    { -1, EURO " -0,01" },
    { G_MAXINT64, EURO " 92.233.720.368.547.758,07" },
    { G_MININT64, EURO " -92.233.720.368.547.758,08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ond_money_format (cases[i].cents);

      g_test_message ("%" G_GINT64_FORMAT " cents", cases[i].cents);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_plain (void)
{
  static const Case cases[] = {
    { 0, "0.00" },
    { 5, "0.05" },
    { 123456, "1234.56" },
    { 1700000, "17000.00" },
    { -1250, "-12.50" },
    { -1, "-0.01" },
    { G_MAXINT64, "92233720368547758.07" },
    { G_MININT64, "-92233720368547758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ond_money_format_plain (cases[i].cents);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse_valid (void)
{
  static const Case cases[] = {
    /* The examples of DESIGN.md. */
    { 123456, "1.234,56" },
    { 150000, EURO " 1.500" },
    { -1250, "-12,50" },
    { -1250, EURO " -12,50" },
    { 123456, "1234.56" },
    /* A '.' followed by exactly three digits and no ',' groups thousands. */
    { 150000, "1.500" },
    { 1234567800, "12.345.678" },
    { 123456789, "1.234.567,89" },
    { 100000000, EURO " 1.000.000" },
    /* Dutch decimals. */
    { 50, "0,5" },
    { 150, "1,5" },
    { 5, "0,05" },
    { 123456, "1234,56" },
    { 2500, EURO " 25,-" },
    /* Plain decimals. */
    { 150, "1.5" },
    { 5, "0.05" },
    { 1700000, "17000.00" },
    { -1250, "-12.50" },
    /* Whole euros, signs, white space. */
    { 0, "0" },
    { 0, "-0" },
    { 0, "0,00" },
    { 150000, "1500" },
    { 1250, "+12,50" },
    { 1700000, "  " EURO " 17.000  " },
    { 1700000, EURO "17.000" },
    { 1700000, EURO NBSP "17.000" },
    { -1250, "-" EURO " 12,50" },
    { -1250, "- " EURO " 12,50" },
    { 1250, "\t12,50\t" },
    { 700, "007" },
    /* The limits of a gint64 of cents. */
    { G_MAXINT64, "92233720368547758.07" },
    { G_MAXINT64, "92.233.720.368.547.758,07" },
    { G_MININT64, "-92233720368547758.08" },
    { G_MININT64, EURO " -92.233.720.368.547.758,08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 42;

      g_test_message ("“%s”", cases[i].text);
      g_assert_true (ond_money_parse (cases[i].text, &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, cases[i].cents);
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
    /* Empty and garbage. */
    { "", OND_MONEY_ERROR_INVALID },
    { "   ", OND_MONEY_ERROR_INVALID },
    { EURO, OND_MONEY_ERROR_INVALID },
    { EURO " ", OND_MONEY_ERROR_INVALID },
    { "-", OND_MONEY_ERROR_INVALID },
    { "abc", OND_MONEY_ERROR_INVALID },
    { "12a", OND_MONEY_ERROR_INVALID },
    { "12 euro", OND_MONEY_ERROR_INVALID },
    { "12,50 " EURO, OND_MONEY_ERROR_INVALID },
    { EURO " " EURO " 5", OND_MONEY_ERROR_INVALID },
    { "1 234", OND_MONEY_ERROR_INVALID },
    { "--5", OND_MONEY_ERROR_INVALID },
    { "-" EURO " -5", OND_MONEY_ERROR_INVALID },
    { "12-", OND_MONEY_ERROR_INVALID },
    { "0x10", OND_MONEY_ERROR_INVALID },
    { "1e3", OND_MONEY_ERROR_INVALID },
    /* Misplaced separators. */
    { "12,", OND_MONEY_ERROR_INVALID },
    { ",50", OND_MONEY_ERROR_INVALID },
    { ".5", OND_MONEY_ERROR_INVALID },
    { "1..5", OND_MONEY_ERROR_INVALID },
    { "1,2,3", OND_MONEY_ERROR_INVALID },
    { "1.23.45", OND_MONEY_ERROR_INVALID },
    { "1.234.56", OND_MONEY_ERROR_INVALID },
    { "12.34,56", OND_MONEY_ERROR_INVALID },
    { "1.2345,00", OND_MONEY_ERROR_INVALID },
    { "1234.567,00", OND_MONEY_ERROR_INVALID },
    { "1.500.", OND_MONEY_ERROR_INVALID },
    { "1,50.00", OND_MONEY_ERROR_INVALID },
    /* Three digits after the only '.', but not a valid grouping: ambiguous. */
    { "1234.567", OND_MONEY_ERROR_INVALID },
    /* More than two decimals: an error, never rounded. */
    { "1,234", OND_MONEY_ERROR_TOO_PRECISE },
    { "0,001", OND_MONEY_ERROR_TOO_PRECISE },
    { "1.234,567", OND_MONEY_ERROR_TOO_PRECISE },
    { "12.3456", OND_MONEY_ERROR_TOO_PRECISE },
    { "-12,505", OND_MONEY_ERROR_TOO_PRECISE },
    /* Overflow of a gint64 of cents. */
    { "92233720368547758.08", OND_MONEY_ERROR_OVERFLOW },
    { "92.233.720.368.547.758,08", OND_MONEY_ERROR_OVERFLOW },
    { "-92233720368547758.09", OND_MONEY_ERROR_OVERFLOW },
    { "92233720368547759", OND_MONEY_ERROR_OVERFLOW },
    { "99999999999999999999999", OND_MONEY_ERROR_OVERFLOW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 42;

      g_test_message ("“%s”", cases[i].text);
      g_assert_false (ond_money_parse (cases[i].text, &cents, &error));
      g_assert_error (error, OND_MONEY_ERROR, cases[i].code);
      g_assert_nonnull (error->message);
      g_assert_cmpstr (error->message, !=, "");
      /* Left alone on error. */
      g_assert_cmpint (cents, ==, 42);
    }
}

static void
test_parse_no_error_location (void)
{
  gint64 cents = 42;

  g_assert_false (ond_money_parse ("twaalf", &cents, NULL));
  g_assert_cmpint (cents, ==, 42);
  g_assert_true (ond_money_parse ("12", &cents, NULL));
  g_assert_cmpint (cents, ==, 1200);
}

static void
assert_round_trip (gint64 value)
{
  g_autofree char *dutch = ond_money_format (value);
  g_autofree char *plain = ond_money_format_plain (value);
  g_autoptr(GError) error = NULL;
  gint64 cents = value == 0 ? 1 : 0;

  g_assert_true (ond_money_parse (dutch, &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, value);

  cents = value == 0 ? 1 : 0;
  g_assert_true (ond_money_parse (plain, &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, value);
}

static void
test_round_trip (void)
{
  static const gint64 values[] = {
    0, 1, -1, 5, 99, 100, 101, 999, 1000, 100000, 150000, 123456, 1700000, -1250, -100000,
    99999999900, G_MAXINT64, G_MAXINT64 - 1, G_MININT64, G_MININT64 + 1,
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    assert_round_trip (values[i]);

  for (guint i = 0; i < 2000; i++)
    {
      /* Random amounts of every size, whole euros and not. */
      guint64 bits = ((guint64) (guint32) g_test_rand_int () << 32) |
                     (guint32) g_test_rand_int ();
      gint64 value = (gint64) bits;

      value >>= g_test_rand_int_range (0, 63);
      if (i % 2 == 0)
        value -= value % 100;
      assert_round_trip (value);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* A Dutch locale, where the C library writes a decimal comma, must change nothing. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "nl_NL.UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/money/format", test_format);
  g_test_add_func ("/ond/money/format-plain", test_format_plain);
  g_test_add_func ("/ond/money/parse/valid", test_parse_valid);
  g_test_add_func ("/ond/money/parse/errors", test_parse_errors);
  g_test_add_func ("/ond/money/parse/no-error-location", test_parse_no_error_location);
  g_test_add_func ("/ond/money/round-trip", test_round_trip);

  return g_test_run ();
}
