/* ond-date.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates are ISO "YYYY-MM-DD" in the database and "dd-mm-jjjj" on screen. Neither direction
 * depends on the locale.
 */

#define G_LOG_DOMAIN "ond-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-date.h"

G_DEFINE_QUARK (ond-date-error-quark, ond_date_error)

/* Reads 1 to @max_digits digits at *@p (exactly @max_digits when @exact) into *@value. */
static gboolean
read_number (const char **p,
             guint        max_digits,
             gboolean     exact,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (n < max_digits && g_ascii_isdigit ((*p)[0]))
    {
      *value = *value * 10 + ((*p)[0] - '0');
      *p += 1;
      n += 1;
    }
  if (n == 0 || (exact && n != max_digits))
    return FALSE;
  /* A longer run of digits is not ours. */
  return !g_ascii_isdigit ((*p)[0]);
}

/* Parses "YYYY-MM-DD" at the start of @iso. */
static gboolean
read_iso (const char  *iso,
          guint       *year,
          guint       *month,
          guint       *day,
          const char **rest)
{
  const char *p = iso;

  if (!read_number (&p, 4, TRUE, year) || *p++ != '-' ||
      !read_number (&p, 2, TRUE, month) || *p++ != '-' ||
      !read_number (&p, 2, TRUE, day))
    return FALSE;
  if (*month < 1 || *month > 12 || *year < 1 ||
      *day < 1 || *day > g_date_get_days_in_month (*month, *year))
    return FALSE;
  *rest = p;
  return TRUE;
}

/**
 * ond_date_format:
 * @iso: (nullable): a date as the database keeps it, "YYYY-MM-DD"
 *
 * Formats a date for the screen: "2023-03-01" becomes "01-03-2023". A date with a time
 * ("2023-03-01T14:05:09" or "2023-03-01 14:05") becomes "01-03-2023 14:05". %NULL or an empty
 * string gives an empty string; anything else is returned unchanged, so nothing stored is
 * ever hidden.
 *
 * Returns: (transfer full): the date as shown on screen
 */
char *
ond_date_format (const char *iso)
{
  guint year, month, day;
  const char *rest;

  if (iso == NULL)
    return g_strdup ("");
  if (!read_iso (iso, &year, &month, &day, &rest))
    return g_strdup (iso);

  if (*rest == '\0')
    return g_strdup_printf ("%02u-%02u-%04u", day, month, year);
  if ((*rest == 'T' || *rest == ' ') &&
      g_ascii_isdigit (rest[1]) && g_ascii_isdigit (rest[2]) && rest[3] == ':' &&
      g_ascii_isdigit (rest[4]) && g_ascii_isdigit (rest[5]))
    return g_strdup_printf ("%02u-%02u-%04u %.5s", day, month, year, rest + 1);

  return g_strdup (iso);
}

/**
 * ond_date_parse:
 * @text: a date as typed: "dd-mm-jjjj" (also "d-m-jjjj", with '/' or '.' instead of '-')
 *   or ISO "jjjj-mm-dd"
 * @iso: (out) (transfer full): where to store the date as "YYYY-MM-DD"
 * @error: return location for an error (%OND_DATE_ERROR)
 *
 * Parses a date. White space around it is ignored; the year has four digits. A date that
 * does not exist (31-02-2023, 29-02-2023) is refused with %OND_DATE_ERROR_NONEXISTENT,
 * anything that is not written as a date with %OND_DATE_ERROR_INVALID. @iso is left alone on
 * error.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_date_parse (const char  *text,
                char       **iso,
                GError     **error)
{
  g_autofree char *trimmed = NULL;
  const char *p;
  guint year = 0, month = 0, day = 0;
  gboolean written_as_date = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (iso != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;

  if (*p == '\0')
    {
      g_set_error_literal (error, OND_DATE_ERROR, OND_DATE_ERROR_INVALID,
                           _("No date was given"));
      return FALSE;
    }

  if (strlen (p) >= 5 && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
      g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && p[4] == '-')
    {
      /* ISO: jjjj-mm-dd (a single-digit month or day is accepted). */
      p += 4;
      year = 0;
      for (int i = 0; i < 4; i++)
        year = year * 10 + (trimmed[i] - '0');
      p += 1;
      written_as_date = read_number (&p, 2, FALSE, &month) && *p++ == '-' &&
                        read_number (&p, 2, FALSE, &day) && *p == '\0';
    }
  else
    {
      char separator;

      /* dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj. */
      if (read_number (&p, 2, FALSE, &day) && (*p == '-' || *p == '/' || *p == '.'))
        {
          separator = *p++;
          written_as_date = read_number (&p, 2, FALSE, &month) && *p++ == separator &&
                            read_number (&p, 4, TRUE, &year) && *p == '\0';
        }
    }

  if (!written_as_date)
    {
      g_set_error (error, OND_DATE_ERROR, OND_DATE_ERROR_INVALID,
                   _("“%s” is not a date; write it as dd-mm-yyyy"), trimmed);
      return FALSE;
    }

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month (month, year))
    {
      g_set_error (error, OND_DATE_ERROR, OND_DATE_ERROR_NONEXISTENT,
                   _("“%s” is not an existing date"), trimmed);
      return FALSE;
    }

  *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}
