/* ond-store-explanations-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Explanations for the council as they are read (ond-store-explanations.h): one subject's,
 * or all of a plan's, each with its row version (ond-store-migration-10.c); and the
 * OndExplanation that holds one. The changes are in ond-store-explanations.c.
 */

#define G_LOG_DOMAIN "ond-store-explanations"

#include "config.h"

#include "ond-store-explanations-private.h"

void
ond_explanation_free (OndExplanation *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->who);
  g_free (self->at);
  g_free (self);
}

/**
 * ond_explanation_copy:
 * @self: an explanation
 *
 * Returns: (transfer full): a copy of @self
 */
OndExplanation *
ond_explanation_copy (const OndExplanation *self)
{
  OndExplanation *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->text = g_strdup (self->text);
  copy->who = g_strdup (self->who);
  copy->at = g_strdup (self->at);
  return copy;
}

static int
subject_from_code (const char *code)
{
  for (guint i = 0; i < OND_EXPLANATION_YEAR + 1; i++)
    {
      if (g_strcmp0 (code, _ond_explanation_subject_codes[i]) == 0)
        return (int) i;
    }
  return -1;
}

static OndExplanation *
read_row (OndStatement *stmt)
{
  OndExplanation *self = g_new0 (OndExplanation, 1);

  self->id = ond_statement_get_int64 (stmt, 0);
  self->plan_id = ond_statement_get_int64 (stmt, 1);
  self->subject = (OndExplanationSubject) MAX (subject_from_code (ond_statement_get_text (stmt, 2)),
                                               0);
  self->subject_id = ond_statement_get_int64 (stmt, 3);
  self->year = (int) ond_statement_get_int64 (stmt, 4);
  self->text = g_strdup (ond_statement_get_text (stmt, 5));
  self->who = g_strdup (ond_statement_get_text (stmt, 6));
  self->at = g_strdup (ond_statement_get_text (stmt, 7));
  self->row_version = ond_statement_get_int64 (stmt, 8);
  return self;
}

/**
 * ond_store_get_explanation:
 * @self: a #OndStore
 * @plan_id: the plan
 * @subject: what is explained
 * @subject_id: the pillar, indicator or budget line; 0 for %OND_EXPLANATION_YEAR
 * @year: the year (0: a pillar's explanation for every year)
 * @explanation: (out) (transfer full) (nullable): the explanation, %NULL when there is none
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_get_explanation (OndStore               *self,
                           gint64                  plan_id,
                           OndExplanationSubject   subject,
                           gint64                  subject_id,
                           int                     year,
                           OndExplanation        **explanation,
                           GError                **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (_ond_explanation_subject_is_valid (subject), FALSE);
  g_return_val_if_fail (explanation != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *explanation = NULL;
  stmt = _ond_store_prepare (self,
                             "SELECT " EXPLANATION_COLUMNS " FROM explanation e"
                             " WHERE " SAME_SUBJECT,
                             error);
  if (stmt == NULL ||
      !_ond_explanations_bind_subject (stmt, 1, plan_id, subject, subject_id, year, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *explanation = read_row (stmt);
  return TRUE;
}

/**
 * ond_store_list_explanations:
 * @self: a #OndStore
 * @plan_id: the plan
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndExplanation): the plan's explanations in the
 *   order of ond-store-explanations.h, or %NULL with @error set
 */
GPtrArray *
ond_store_list_explanations (OndStore  *self,
                             gint64     plan_id,
                             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT " EXPLANATION_COLUMNS " FROM explanation e"
                             " LEFT JOIN pillar p ON p.id = e.pillar_id"
                             " LEFT JOIN indicator i ON i.id = e.indicator_id"
                             " LEFT JOIN budget_line l ON l.id = e.line_id"
                             " WHERE e.plan_id = ?"
                             " ORDER BY CASE e.subject WHEN 'pillar' THEN 1"
                             "  WHEN 'indicator' THEN 2 WHEN 'budget_line' THEN 3 ELSE 4 END,"
                             "  p.number, i.position, l.position, coalesce(e.year, 0), e.id",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_explanation_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    g_ptr_array_add (list, read_row (stmt));
  if (!ok)
    return NULL;
  return g_steal_pointer (&list);
}
