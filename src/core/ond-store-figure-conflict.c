/* ond-store-figure-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a figure value entered by hand while the user had it open (optimistic
 * locking, ond-store-migration-12.c): the hand value of a year as it is now, with its row
 * version (0 when the year has none), and its value and source where they differ from the
 * ones the user opened.
 */

#define G_LOG_DOMAIN "ond-store-figure-values"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-figures-private.h"
#include "ond-store-form-conflict.h"

void
ond_figure_hand_value_free (OndFigureHandValue *self)
{
  if (self == NULL)
    return;
  g_free (self->source);
  g_free (self);
}

/**
 * ond_store_get_figure_hand_value:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: a year
 * @error: return location for an error
 *
 * Returns: (transfer full): the hand value of @year as it is now, row version 0 when there
 *   is none; %NULL with @error set (%OND_STORE_ERROR_NOT_FOUND for an unknown code)
 */
OndFigureHandValue *
ond_store_get_figure_hand_value (OndStore    *self,
                                 const char  *code,
                                 int          year,
                                 GError     **error)
{
  g_autoptr(OndFigureIndicator) indicator = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndFigureHandValue) hand = g_new0 (OndFigureHandValue, 1);
  gboolean has_row = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  indicator = _ond_store_find_indicator (self, code, error);
  if (indicator == NULL)
    return NULL;
  stmt = _ond_store_prepare (self,
                             "SELECT value, source, row_version FROM indicator_value"
                             " WHERE indicator_id = ? AND year = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, indicator->id, error) ||
      !ond_statement_bind_int64 (stmt, 2, year, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (has_row)
    {
      hand->value = ond_statement_get_int64 (stmt, 0);
      hand->source = g_strdup (ond_statement_get_text (stmt, 1));
      hand->row_version = ond_statement_get_int64 (stmt, 2);
    }
  else
    hand->source = g_strdup ("");
  return g_steal_pointer (&hand);
}

/* The value as the form shows it: "" when there is none. */
static char *
value_text (const OndFigureHandValue *hand)
{
  if (hand == NULL || hand->row_version == 0)
    return g_strdup ("");
  return g_strdup_printf ("%" G_GINT64_FORMAT, hand->value);
}

static char *
source_text (const OndFigureHandValue *hand)
{
  if (hand == NULL || hand->row_version == 0 || hand->source == NULL)
    return g_strdup ("");
  return g_strstrip (g_strdup (hand->source));
}

/**
 * ond_store_compare_figure_value_edit:
 * @opened: (nullable): the hand value as the user opened it (row version 0: none)
 * @value: the user's value
 * @source: the user's source
 * @current: (nullable): the hand value as it is now
 *
 * Returns: (transfer full) (element-type OndCaseChange): the value and the source where
 *   someone else changed them, or an empty list
 */
GPtrArray *
ond_store_compare_figure_value_edit (const OndFigureHandValue *opened,
                                     gint64                    value,
                                     const char               *source,
                                     const OndFigureHandValue *current)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  g_autofree char *before_value = value_text (opened);
  g_autofree char *their_value = value_text (current);
  g_autofree char *my_value = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  g_autofree char *before_source = source_text (opened);
  g_autofree char *their_source = source_text (current);
  g_autofree char *my_source = g_strstrip (g_strdup (source != NULL ? source : ""));

  ond_case_change_add (changes, "value", _("Value"), before_value, their_value, my_value);
  ond_case_change_add (changes, "source", _("Source"), before_source, their_source, my_source);
  return changes;
}
