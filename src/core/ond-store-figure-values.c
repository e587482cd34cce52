/* ond-store-figure-values.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Figures entered by hand (ond-store-figures.h): the 2022 baseline and totals delivered
 * by partners, with their source. A year of a figure is counted or entered by hand, never
 * both: a hand value for a year in which records count is refused, as are a value without
 * a source or out of range, a value that breaks a sum, and any change in a closed year.
 */

#define G_LOG_DOMAIN "ond-store-figure-values"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-figures-private.h"

gboolean
_ond_store_figure_hand_value (OndStore  *self,
                              gint64     indicator_id,
                              int        year,
                              gboolean  *found,
                              gint64    *value,
                              char     **source,
                              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  *found = FALSE;
  *value = 0;
  if (source != NULL)
    *source = NULL;

  stmt = _ond_store_prepare (self,
                             "SELECT value, source FROM indicator_value"
                             " WHERE indicator_id = ? AND year = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, indicator_id, error) ||
      !ond_statement_bind_int64 (stmt, 2, year, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *found = TRUE;
      *value = ond_statement_get_int64 (stmt, 0);
      if (source != NULL)
        *source = g_strdup (ond_statement_get_text (stmt, 1));
    }
  return TRUE;
}

/* The hand value of @indicator in @year, with @changed_id's taken as @changed_value. */
static gboolean
hand_value_with (OndStore                 *self,
                 const OndFigureIndicator *indicator,
                 int                       year,
                 gint64                    changed_id,
                 gint64                    changed_value,
                 gboolean                 *found,
                 gint64                   *value,
                 GError                  **error)
{
  if (indicator->id == changed_id)
    {
      *found = TRUE;
      *value = changed_value;
      return TRUE;
    }
  return _ond_store_figure_hand_value (self, indicator->id, year, found, value, NULL, error);
}

/* When @parent and all its parts have hand values in @year (the change taken into
 * account), the parent must equal the sum of the parts. */
static gboolean
check_sum (OndStore                 *self,
           GPtrArray                *indicators,
           const OndFigureIndicator *parent,
           int                       year,
           gint64                    changed_id,
           gint64                    changed_value,
           GError                  **error)
{
  gboolean found;
  gint64 total;
  gint64 sum = 0;
  guint n_parts = 0;

  if (!hand_value_with (self, parent, year, changed_id, changed_value, &found, &total, error))
    return FALSE;
  if (!found)
    return TRUE;

  for (guint i = 0; i < indicators->len; i++)
    {
      const OndFigureIndicator *part = g_ptr_array_index (indicators, i);
      gint64 value;

      if (part->parent_id != parent->id)
        continue;
      if (!hand_value_with (self, part, year, changed_id, changed_value, &found, &value,
                            error))
        return FALSE;
      if (!found)
        return TRUE;
      n_parts++;
      sum += value;
    }

  if (n_parts > 0 && sum != total)
    {
      g_autofree char *total_text = g_strdup_printf ("%" G_GINT64_FORMAT, total);
      g_autofree char *sum_text = g_strdup_printf ("%" G_GINT64_FORMAT, sum);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   /* Translators: "In 2022, “Bestuurlijke maatregelen drugsaanpak” would
                    * be 22 but its parts add up to 21: ..." */
                   _("In %d, “%s” would be %s but its parts add up to %s: a total must "
                     "equal the sum of its parts."),
                   year, parent->name, total_text, sum_text);
      return FALSE;
    }
  return TRUE;
}

/* The sum rules that a hand value of @indicator in @year takes part in. */
static gboolean
check_sums (OndStore                 *self,
            const OndFigureIndicator *indicator,
            int                       year,
            gint64                    value,
            GError                  **error)
{
  g_autoptr(GPtrArray) indicators = _ond_store_list_figure_indicators (self, error);

  if (indicators == NULL)
    return FALSE;

  for (guint i = 0; i < indicators->len; i++)
    {
      const OndFigureIndicator *other = g_ptr_array_index (indicators, i);

      /* The figure's own parts, and the figure it is a part of. */
      if ((other->id == indicator->id || other->id == indicator->parent_id) &&
          !check_sum (self, indicators, other, year, indicator->id, value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_year_open (OndStore  *self,
                 int        year,
                 GError   **error)
{
  gboolean closed;

  if (!ond_store_is_year_closed (self, year, &closed, error))
    return FALSE;
  if (closed)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%d is closed: its figures have been reported. Reopen the year before "
                     "you change them."),
                   year);
      return FALSE;
    }
  return TRUE;
}

/* A hand value for a year in which records count towards the figure is refused. */
static gboolean
check_not_counted (OndStore                 *self,
                   const OndFigureIndicator *indicator,
                   int                       year,
                   GError                  **error)
{
  g_auto(OndFigureCount) count = { 0 };
  int counting_start;

  if (!_ond_store_figure_counting_start (self, &counting_start, error))
    return FALSE;
  if (year < counting_start)
    return TRUE;
  if (!_ond_store_count_figure (self, indicator, year, &count, error))
    return FALSE;
  if (count.countable && count.records > 0)
    {
      g_autofree char *records = g_strdup_printf ("%" G_GINT64_FORMAT, count.records);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   /* Translators: "3 records of 2023 count towards “Integrale controles”:
                    * ..." */
                   ngettext ("%s record of %d counts towards “%s”: a counted figure can't "
                             "be overwritten by hand.",
                             "%s records of %d count towards “%s”: a counted figure can't "
                             "be overwritten by hand.",
                             (gulong) MIN (count.records, G_MAXLONG)),
                   records, year, indicator->name);
      return FALSE;
    }
  return TRUE;
}

/* Writes the hand value. @row_version NULL: not checked (an existing value is replaced);
 * else the version of the value the edit was opened with (0: there was none then), and on
 * success the version the row has now: an existing value is replaced only while it has that
 * version, a new one added only while there is none (ond-store-migration-12.c). */
static gboolean
write_hand_value (OndStore                 *self,
                  const OndFigureIndicator *indicator,
                  int                       year,
                  gint64                    value,
                  const char               *source,
                  gint64                   *row_version,
                  GError                  **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *at = _ond_store_timestamp ();
  gint64 opened = row_version != NULL ? *row_version : 0;
  gint64 written = 0;
  gboolean found;
  gint64 now;

  if (row_version == NULL)
    stmt = _ond_store_prepare (self,
                               "INSERT INTO indicator_value (indicator_id, year, value, source,"
                               "  entered_by, entered_at, row_version)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (indicator_id, year) DO UPDATE SET"
                               "  value = excluded.value, source = excluded.source,"
                               "  entered_by = excluded.entered_by,"
                               "  entered_at = excluded.entered_at,"
                               "  row_version = indicator_value.row_version + 1"
                               " RETURNING id",
                               error);
  else if (opened == 0)
    stmt = _ond_store_prepare (self,
                               "INSERT INTO indicator_value (indicator_id, year, value, source,"
                               "  entered_by, entered_at, row_version)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (indicator_id, year) DO NOTHING RETURNING id",
                               error);
  else
    stmt = _ond_store_prepare (self,
                               "UPDATE indicator_value SET value = ?3, source = ?4,"
                               "  entered_by = ?5, entered_at = ?6,"
                               "  row_version = row_version + 1"
                               " WHERE indicator_id = ?1 AND year = ?2 AND row_version = ?7"
                               " RETURNING id",
                               error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, indicator->id, error) ||
      !ond_statement_bind_int64 (stmt, 2, year, error) ||
      !ond_statement_bind_int64 (stmt, 3, value, error) ||
      !ond_statement_bind_text (stmt, 4, source, error) ||
      !ond_statement_bind_text (stmt, 5, _ond_store_user (self), error) ||
      !ond_statement_bind_text (stmt, 6, at, error) ||
      !ond_statement_bind_int64 (stmt, 7, MAX (opened, 1), error) ||
      !ond_statement_execute_returning (stmt, &written, error))
    return FALSE;
  if (row_version == NULL)
    return TRUE;
  if (written != 0)
    {
      *row_version = opened + 1;
      return TRUE;
    }
  /* Someone else wrote a value since the edit was opened without one, changed it, or
   * cleared it. */
  if (!_ond_store_figure_hand_value (self, indicator->id, year, &found, &now, NULL, error))
    return FALSE;
  if (!found)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                         _("Someone else cleared this value after you opened it. Nothing has "
                           "been saved."));
  else
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                         _("Someone else entered this value after you opened it. Nothing has "
                           "been saved."));
  return FALSE;
}

static gboolean
set_value (OndStore    *self,
           const char  *code,
           int          year,
           gint64      *row_version,
           gint64       value,
           const char  *source,
           GError     **error)
{
  g_autoptr(OndFigureIndicator) indicator = NULL;
  g_autofree char *trimmed = NULL;

  indicator = _ond_store_find_indicator (self, code, error);
  if (indicator == NULL || !_ond_figure_check_year (year, error))
    return FALSE;
  trimmed = g_strstrip (g_strdup (source != NULL ? source : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A figure entered by hand needs a source: who delivered it."));
      return FALSE;
    }
  if (value < 0 || value > OND_FIGURE_MAX_VALUE)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A figure must be between 0 and %d."), OND_FIGURE_MAX_VALUE);
      return FALSE;
    }

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!check_year_open (self, year, error) ||
      !check_not_counted (self, indicator, year, error) ||
      !check_sums (self, indicator, year, value, error) ||
      !write_hand_value (self, indicator, year, value, trimmed, row_version, error) ||
      !_ond_store_commit (self, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_set_figure_value:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: the year of the value
 * @value: the value, 0..%OND_FIGURE_MAX_VALUE
 * @source: who delivered the value (not blank)
 * @error: return location for an error
 *
 * Enters (or changes) the hand value of @year. Refused, with nothing written, for a
 * value without a source or out of range, a year in which records count towards the
 * figure, a value that breaks a sum, or a closed year (see ond-store-figures.h).
 *
 * Returns: %TRUE when the value was written; %FALSE with @error set
 */
gboolean
ond_store_set_figure_value (OndStore    *self,
                            const char  *code,
                            int          year,
                            gint64       value,
                            const char  *source,
                            GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_value (self, code, year, NULL, value, source, error);
}

/**
 * ond_store_set_figure_value_edit:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: the year of the value
 * @row_version: (inout): the row version of the hand value the edit was opened with, 0 when
 *   the year had none then; on success the version the row has now, for the next save
 * @value: the value, 0..%OND_FIGURE_MAX_VALUE
 * @source: who delivered the value (not blank)
 * @error: return location for an error: as ond_store_set_figure_value (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed (or entered) the value since,
 *   %OND_STORE_ERROR_NOT_FOUND when someone else cleared it since
 *
 * Saves an edit of a hand value like ond_store_set_figure_value (), but only while the
 * year's value still has @row_version (ond-store-migration-12.c).
 *
 * Returns: %TRUE when the value was written; %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_figure_value_edit (OndStore    *self,
                                 const char  *code,
                                 int          year,
                                 gint64      *row_version,
                                 gint64       value,
                                 const char  *source,
                                 GError     **error)
{
  gint64 version;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  version = *row_version;
  if (!set_value (self, code, year, &version, value, source, error))
    return FALSE;
  *row_version = version;
  return TRUE;
}

/**
 * ond_store_clear_figure_value:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: a year
 * @error: return location for an error
 *
 * Removes the hand value of @year (if any): the year is counted again from the records.
 * Refused in a closed year.
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
ond_store_clear_figure_value (OndStore    *self,
                              const char  *code,
                              int          year,
                              GError     **error)
{
  g_autoptr(OndFigureIndicator) indicator = NULL;
  g_autoptr(OndStatement) stmt = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  indicator = _ond_store_find_indicator (self, code, error);
  if (indicator == NULL || !_ond_store_begin (self, error))
    return FALSE;

  stmt = _ond_store_prepare (self,
                             "DELETE FROM indicator_value WHERE indicator_id = ? AND year = ?",
                             error);
  if (stmt == NULL ||
      !check_year_open (self, year, error) ||
      !ond_statement_bind_int64 (stmt, 1, indicator->id, error) ||
      !ond_statement_bind_int64 (stmt, 2, year, error) ||
      !ond_statement_execute (stmt, error) ||
      !_ond_store_commit (self, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}
