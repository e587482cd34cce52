/* ond-store-vocabulary.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading the closed vocabularies. A table name never goes into SQL: each vocabulary has its
 * own fixed statement, chosen by name from the list below.
 */

#define G_LOG_DOMAIN "ond-store-vocabulary"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-store-private.h"
#include "ond-store-vocabulary.h"

/* Tables with a position column keep that order; the others the order they were filled in
 * (rowid), which is the order the schema lists them. */
static const struct
{
  const char *table;
  const char *sql;
} vocabularies[] = {
  { "activity_kind", "SELECT code, label FROM activity_kind ORDER BY position, code" },
  /* The schema fills it in the order of its codes: no rowid on a server. */
  { "booking_kind", "SELECT code, label FROM booking_kind ORDER BY code" },
  { "case_outcome", "SELECT code, label FROM case_outcome ORDER BY position, code" },
  { "case_source", "SELECT code, label FROM case_source ORDER BY position, code" },
  { "case_status", "SELECT code, label FROM case_status ORDER BY position, code" },
  { "complexity", "SELECT code, label FROM complexity ORDER BY position, code" },
  { "control_kind", "SELECT code, label FROM control_kind ORDER BY position, code" },
  /* The vocabularies without a position, in the order the schema lists them (a server has no
   * rowid to keep that order). */
  { "explanation_subject",
    "SELECT code, label FROM explanation_subject ORDER BY CASE code WHEN 'pillar' THEN 1"
    " WHEN 'indicator' THEN 2 WHEN 'budget_line' THEN 3 WHEN 'year' THEN 4 END, code" },
  { "funding_source", "SELECT code, label FROM funding_source ORDER BY position, code" },
  { "indicator_method",
    "SELECT code, label FROM indicator_method ORDER BY CASE code WHEN 'counted' THEN 1"
    " WHEN 'manual' THEN 2 END, code" },
  { "intervention_status",
    "SELECT code, label FROM intervention_status ORDER BY position, code" },
  { "measure_domain", "SELECT code, label FROM measure_domain ORDER BY position, code" },
  { "measure_kind", "SELECT code, label FROM measure_kind ORDER BY position, code" },
  { "partner_kind", "SELECT code, label FROM partner_kind ORDER BY position, code" },
  { "period", "SELECT code, label FROM period ORDER BY position, code" },
  { "plan_state",
    "SELECT code, label FROM plan_state ORDER BY CASE code WHEN 'draft' THEN 1"
    " WHEN 'current' THEN 2 WHEN 'closed' THEN 3 END, code" },
  { "subject_kind",
    "SELECT code, label FROM subject_kind ORDER BY CASE code WHEN 'persoon' THEN 1"
    " WHEN 'onderneming' THEN 2 WHEN 'pand' THEN 3 END, code" },
  { "weighing_decision",
    "SELECT code, label FROM weighing_decision ORDER BY CASE code WHEN 'afvoeren' THEN 1"
    " WHEN 'partner' THEN 2 WHEN 'riec' THEN 3 WHEN 'onderzoek' THEN 4 END, code" },
  { "work_status", "SELECT code, label FROM work_status ORDER BY position, code" },
};

void
ond_vocabulary_entry_free (OndVocabularyEntry *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  g_free (self->label);
  g_free (self);
}

/**
 * ond_store_list_vocabulary:
 * @self: a #OndStore
 * @table: the name of a vocabulary table, e.g. "case_source"
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndVocabularyEntry): the codes and labels of the
 *   vocabulary in its own order, or %NULL with @error set (%OND_STORE_ERROR_INVALID when
 *   @table is not a vocabulary of the schema)
 */
GPtrArray *
ond_store_list_vocabulary (OndStore    *self,
                           const char  *table,
                           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const char *sql = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies) && sql == NULL; i++)
    {
      if (strcmp (vocabularies[i].table, table) == 0)
        sql = vocabularies[i].sql;
    }
  if (sql == NULL)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” is not a list of the database"), table);
      return NULL;
    }

  /* On a file or a server; "The database has been closed" when closed. */
  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_vocabulary_entry_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndVocabularyEntry *entry = g_new0 (OndVocabularyEntry, 1);

      entry->code = g_strdup (ond_statement_get_text (stmt, 0));
      entry->label = g_strdup (ond_statement_get_text (stmt, 1));
      g_ptr_array_add (entries, entry);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&entries);
}
