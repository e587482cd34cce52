/* ond-money.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Money is gint64 cents. Formatting is Dutch: "€ 17.000" for whole euros, "€ 1.234,56"
 * otherwise, "€ -12,50" when negative. Parsing follows DESIGN.md ("Rules the figures follow",
 * Amounts) exactly and never goes through a double or the C locale.
 */

#define G_LOG_DOMAIN "ond-money"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-money.h"

#define EURO_SIGN "\xe2\x82\xac"

G_DEFINE_QUARK (ond-money-error-quark, ond_money_error)

/* The magnitude of @cents, also for G_MININT64. */
static guint64
magnitude (gint64 cents)
{
  if (cents < 0)
    return (guint64) (-(cents + 1)) + 1;
  return (guint64) cents;
}

static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      g_string_append_c (out, digits[i]);
      if (i + 1 < len && (len - i - 1) % 3 == 0)
        g_string_append_c (out, '.');
    }
}

/* Length in bytes of the white space character at @p: ASCII space or tab, U+00A0 NO-BREAK
 * SPACE or U+202F NARROW NO-BREAK SPACE (which spreadsheets put after "€"); 0 otherwise. */
static gsize
space_length (const char *p,
              const char *end)
{
  if (p >= end)
    return 0;
  if (*p == ' ' || *p == '\t')
    return 1;
  if (end - p >= 2 && (guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
    return 2;
  if (end - p >= 3 && (guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xaf)
    return 3;
  return 0;
}

static const char *
skip_space (const char *p,
            const char *end)
{
  gsize n;

  while ((n = space_length (p, end)) > 0)
    p += n;
  return p;
}

static gboolean
all_digits (const char *p,
            const char *end)
{
  if (p >= end)
    return FALSE;
  for (; p < end; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Whether [@p, @end) is a whole number with '.' grouping thousands: "1.500", "12.345.678"
 * (a first group of one to three digits, then groups of exactly three). */
static gboolean
is_grouped (const char *p,
            const char *end)
{
  const char *dot = memchr (p, '.', end - p);
  gsize head;

  if (dot == NULL)
    return FALSE;
  head = dot - p;
  if (head < 1 || head > 3 || !all_digits (p, dot))
    return FALSE;
  p = dot;
  while (p < end)
    {
      if (*p != '.' || end - p < 4 || !all_digits (p + 1, p + 4))
        return FALSE;
      p += 4;
    }
  return TRUE;
}

/* Adds the digits of [@p, @end) to *@euros, skipping '.'; FALSE when it passes @limit. */
static gboolean
accumulate (const char *p,
            const char *end,
            guint64     limit,
            guint64    *euros)
{
  for (; p < end; p++)
    {
      guint digit;

      if (*p == '.')
        continue;
      digit = *p - '0';
      if (*euros > (limit - digit) / 10)
        return FALSE;
      *euros = *euros * 10 + digit;
    }
  return TRUE;
}

/**
 * ond_money_format:
 * @cents: an amount in cents
 *
 * Formats @cents the Dutch way: "€ 17.000" for whole euros, "€ 1.234,56" otherwise and
 * "€ -12,50" for a negative amount. Thousands are grouped with '.', a plain space follows the
 * euro sign. Does not depend on the locale.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
ond_money_format (gint64 cents)
{
  guint64 mag = magnitude (cents);
  GString *out = g_string_new (EURO_SIGN " ");

  if (cents < 0)
    g_string_append_c (out, '-');
  append_grouped (out, mag / 100);
  if (mag % 100 != 0)
    g_string_append_printf (out, ",%02u", (guint) (mag % 100));

  return g_string_free (out, FALSE);
}

/**
 * ond_money_format_plain:
 * @cents: an amount in cents
 *
 * Formats @cents for machines: no euro sign, no grouping, '.' as the decimal sign and always
 * two decimals ("1234.56", "17000.00", "-12.50"). ond_money_parse() reads it back.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
ond_money_format_plain (gint64 cents)
{
  guint64 mag = magnitude (cents);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          cents < 0 ? "-" : "", mag / 100, (guint) (mag % 100));
}

/**
 * ond_money_parse:
 * @text: the amount as typed or imported
 * @cents: (out): where to store the amount in cents
 * @error: return location for an error (%OND_MONEY_ERROR)
 *
 * Parses an amount exactly into cents. Accepted are Dutch amounts, where '.' groups
 * thousands and ',' is the decimal sign ("1.234,56", "€ 1.500", "-12,50", "€ -12,50",
 * "€ 25,-"), and plain ones with '.' as the decimal sign ("1234.56"). A '.' followed by exactly
 * three digits and no ',' groups thousands ("1.500" is 1500 euro). More than two decimals is
 * an error, never rounded; so are an empty text, anything else than an amount and an amount
 * that does not fit in a gint64 of cents. White space around the text and after the euro
 * sign is ignored. @cents is left alone on error.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_money_parse (const char  *text,
                 gint64      *cents,
                 GError     **error)
{
  const char *p;
  const char *end;
  const char *comma;
  const char *int_end;
  gboolean negative = FALSE;
  gboolean has_sign = FALSE;
  guint64 limit;
  guint64 euros = 0;
  guint fraction = 0;
  gsize n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (cents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  end = text + strlen (text);
  p = skip_space (text, end);
  /* Trim trailing white space. */
  for (;;)
    {
      if (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        end -= 1;
      else if (end - p >= 2 && (n = space_length (end - 2, end)) == 2)
        end -= 2;
      else if (end - p >= 3 && (n = space_length (end - 3, end)) == 3)
        end -= 3;
      else
        break;
    }

  if (p == end)
    {
      g_set_error_literal (error, OND_MONEY_ERROR, OND_MONEY_ERROR_INVALID,
                           _("No amount was given"));
      return FALSE;
    }

  /* A sign before or after the euro sign: "-€ 12,50", "€ -12,50", "-12,50". */
  if (*p == '-' || *p == '+')
    {
      negative = *p == '-';
      has_sign = TRUE;
      p = skip_space (p + 1, end);
    }
  if (end - p >= 3 && memcmp (p, EURO_SIGN, 3) == 0)
    {
      p = skip_space (p + 3, end);
      if (!has_sign && p < end && (*p == '-' || *p == '+'))
        {
          negative = *p == '-';
          p += 1;
        }
    }

  /* From here on only digits, '.' and ',' (and a closing ",-" for whole euros). */
  if (p == end || !g_ascii_isdigit (*p))
    goto invalid;
  for (const char *q = p; q < end; q++)
    if (!g_ascii_isdigit (*q) && *q != '.' && *q != ',' && !(*q == '-' && q == end - 1))
      goto invalid;

  limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  comma = memchr (p, ',', end - p);

  if (comma != NULL)
    {
      const char *frac = comma + 1;

      if (memchr (frac, ',', end - frac) != NULL)
        goto invalid;
      int_end = comma;
      if (!all_digits (p, int_end) && !is_grouped (p, int_end))
        goto invalid;

      if (end - frac == 1 && *frac == '-')
        fraction = 0;
      else if (!all_digits (frac, end))
        goto invalid;
      else if (end - frac > 2)
        goto too_precise;
      else if (end - frac == 2)
        fraction = (frac[0] - '0') * 10 + (frac[1] - '0');
      else
        fraction = (frac[0] - '0') * 10;
    }
  else if (end[-1] == '-')
    goto invalid;
  else if (memchr (p, '.', end - p) == NULL || is_grouped (p, end))
    {
      int_end = end;
    }
  else
    {
      /* Plain: one '.' as the decimal sign. */
      const char *dot = memchr (p, '.', end - p);
      const char *frac = dot + 1;

      if (memchr (frac, '.', end - frac) != NULL || !all_digits (p, dot) ||
          !all_digits (frac, end))
        goto invalid;
      /* Three digits after the only '.' would group thousands, but not after a head of
       * more than three digits ("1234.567"): ambiguous, so refused. */
      if (end - frac == 3)
        goto invalid;
      if (end - frac > 3)
        goto too_precise;
      int_end = dot;
      if (end - frac == 2)
        fraction = (frac[0] - '0') * 10 + (frac[1] - '0');
      else
        fraction = (frac[0] - '0') * 10;
    }

  if (!accumulate (p, int_end, limit / 100, &euros) || euros * 100 > limit - fraction)
    {
      g_set_error (error, OND_MONEY_ERROR, OND_MONEY_ERROR_OVERFLOW,
                   _("“%s” is too large an amount"), text);
      return FALSE;
    }

  {
    guint64 mag = euros * 100 + fraction;

    if (negative && mag > 0)
      *cents = -(gint64) (mag - 1) - 1;
    else
      *cents = (gint64) mag;
  }
  return TRUE;

invalid:
  g_set_error (error, OND_MONEY_ERROR, OND_MONEY_ERROR_INVALID,
               _("“%s” is not an amount; write for example 1.234,56"), text);
  return FALSE;

too_precise:
  g_set_error (error, OND_MONEY_ERROR, OND_MONEY_ERROR_TOO_PRECISE,
               _("“%s” has more than two decimals"), text);
  return FALSE;
}
