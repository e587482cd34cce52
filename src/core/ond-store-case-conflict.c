/* ond-store-case-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a case while the user had it open for editing (optimistic locking, see
 * ond-store-migration-7.c): the fields of the current row that differ from the version the
 * user opened, with the user's value and the other person's, as the form shows them (dates
 * as dd-mm-yyyy, labels for codes, names for ids).
 */

#define G_LOG_DOMAIN "ond-store-cases"

#include "config.h"

#include <glib/gi18n.h>
#include <stddef.h>

#include "ond-date.h"
#include "ond-store-case-conflict.h"
#include "ond-store-private.h"
#include "ond-store-vocabulary.h"

typedef enum
{
  KIND_TEXT,
  KIND_DATE,
  KIND_CODE,
  KIND_ID,
} Kind;

/* A field outside the edit form has no place in OndCaseDraft. */
#define NOT_IN_FORM -1
#define IN_DRAFT(member) ((gssize) offsetof (OndCaseDraft, member))

/* The fields in the order of the form, then the others. @lookup is the vocabulary table of a
 * code, or the SQL that names an id. */
static const struct
{
  const char *property;
  const char *label;
  Kind        kind;
  const char *lookup;
  gssize      draft_offset;
} fields[] = {
  { "date-received", N_("Date received"), KIND_DATE, NULL, IN_DRAFT (date_received) },
  { "source", N_("Source"), KIND_CODE, "case_source", IN_DRAFT (source) },
  { "theme-id", N_("Theme"), KIND_ID, "SELECT name FROM theme WHERE id = ?",
    IN_DRAFT (theme_id) },
  { "area-id", N_("Area"), KIND_ID, "SELECT name FROM area WHERE id = ?", IN_DRAFT (area_id) },
  { "subject-kind", N_("Kind of subject"), KIND_CODE, "subject_kind", IN_DRAFT (subject_kind) },
  { "subject-name", N_("Name of the subject"), KIND_TEXT, NULL, IN_DRAFT (subject_name) },
  { "address", N_("Address"), KIND_TEXT, NULL, IN_DRAFT (address) },
  { "summary", N_("Summary"), KIND_TEXT, NULL, IN_DRAFT (summary) },
  { "mma-number", N_("MMA number"), KIND_TEXT, NULL, IN_DRAFT (mma_number) },
  { "police-number", N_("Police registration number"), KIND_TEXT, NULL,
    IN_DRAFT (police_number) },
  { "riec-number", N_("RIEC number"), KIND_TEXT, NULL, IN_DRAFT (riec_number) },
  { "zaaknummer", N_("Case number (zaaknummer)"), KIND_TEXT, NULL, IN_DRAFT (zaaknummer) },
  { "status", N_("Status"), KIND_CODE, "case_status", NOT_IN_FORM },
  { "complexity", N_("Complexity"), KIND_CODE, "complexity", NOT_IN_FORM },
  { "decision", N_("Decision"), KIND_CODE, "weighing_decision", NOT_IN_FORM },
  { "weighing-reason", N_("Reason"), KIND_TEXT, NULL, NOT_IN_FORM },
  { "follow-up-date", N_("Follow-up date"), KIND_DATE, NULL, NOT_IN_FORM },
  { "lead-partner-id", N_("Lead partner"), KIND_ID, "SELECT short_name FROM partner WHERE id = ?",
    NOT_IN_FORM },
  { "outcome", N_("Outcome"), KIND_CODE, "case_outcome", NOT_IN_FORM },
  { "outcome-note", N_("Note"), KIND_TEXT, NULL, NOT_IN_FORM },
  { "closed-date", N_("Closed on"), KIND_DATE, NULL, NOT_IN_FORM },
};

void
ond_case_change_free (OndCaseChange *self)
{
  if (self == NULL)
    return;
  g_free (self->label);
  g_free (self->mine);
  g_free (self->theirs);
  g_free (self);
}

/* The stored value of field @i of @kase as text: an id as digits, "" for none. */
/**
 * ond_case_change_add:
 * @changes: (element-type OndCaseChange): the list of changes
 * @field: the field's name (static), e.g. "name"
 * @label: the field's name as the form shows it
 * @before: the value as the user opened it, as shown
 * @theirs: the value now, as shown
 * @mine: the value in the user's edit, as shown
 *
 * Adds a change to @changes when @theirs differs from @before: a field someone else changed
 * after the user opened the form. For the compare of every edit form.
 */
void
ond_case_change_add (GPtrArray  *changes,
                     const char *field,
                     const char *label,
                     const char *before,
                     const char *theirs,
                     const char *mine)
{
  OndCaseChange *change;

  g_return_if_fail (changes != NULL);

  if (g_strcmp0 (before, theirs) == 0)
    return;
  change = g_new0 (OndCaseChange, 1);
  change->field = field;
  change->label = g_strdup (label);
  change->theirs = g_strdup (theirs);
  change->mine = g_strdup (mine);
  change->mine_changed = g_strcmp0 (mine, before) != 0;
  g_ptr_array_add (changes, change);
}

static char *
case_value (OndCase *kase,
            guint    i)
{
  char *text = NULL;
  gint64 id = 0;

  if (fields[i].kind == KIND_ID)
    {
      g_object_get (kase, fields[i].property, &id, NULL);
      return id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : g_strdup ("");
    }
  g_object_get (kase, fields[i].property, &text, NULL);
  return text != NULL ? text : g_strdup ("");
}

/* The value of field @i in the user's edit as the store would keep it: dates in ISO, the
 * names the store trims trimmed. */
static char *
draft_value (const OndCaseDraft *mine,
             guint               i)
{
  const char *base = (const char *) mine;
  const char *text;
  char *iso = NULL;

  if (fields[i].kind == KIND_ID)
    {
      gint64 id = *(const gint64 *) (base + fields[i].draft_offset);

      return id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : g_strdup ("");
    }
  text = *(char * const *) (base + fields[i].draft_offset);
  if (text == NULL)
    return g_strdup ("");
  if (fields[i].kind == KIND_DATE && ond_date_parse (text, &iso, NULL))
    return iso;
  return g_strstrip (g_strdup (text));
}

static char *
name_of_id (OndStore    *self,
            const char  *sql,
            const char  *id_text,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  if (id_text[0] == '\0')
    return g_strdup ("");
  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, g_ascii_strtoll (id_text, NULL, 10), error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  /* An id without a row cannot be saved anyway; shown as its number. */
  return g_strdup (has_row ? ond_statement_get_text (stmt, 0) : id_text);
}

static char *
label_of_code (OndStore    *self,
               GHashTable  *vocabularies,
               const char  *table,
               const char  *code,
               GError     **error)
{
  GPtrArray *entries = g_hash_table_lookup (vocabularies, table);

  if (code[0] == '\0')
    return g_strdup ("");
  if (entries == NULL)
    {
      entries = ond_store_list_vocabulary (self, table, error);
      if (entries == NULL)
        return NULL;
      g_hash_table_insert (vocabularies, (gpointer) table, entries);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return g_strdup (entry->label);
    }
  return g_strdup (code);
}

/* @value (as case_value () gives it) as the form shows it. */
static char *
display_value (OndStore    *self,
               GHashTable  *vocabularies,
               guint        i,
               const char  *value,
               GError     **error)
{
  switch (fields[i].kind)
    {
    case KIND_DATE:
      return value[0] != '\0' ? ond_date_format (value) : g_strdup ("");
    case KIND_CODE:
      return label_of_code (self, vocabularies, fields[i].lookup, value, error);
    case KIND_ID:
      return name_of_id (self, fields[i].lookup, value, error);
    case KIND_TEXT:
    default:
      return g_strdup (value);
    }
}

/**
 * ond_store_compare_case_edit:
 * @self: a #OndStore
 * @opened: the case as it was when the user opened the edit
 * @mine: the user's edit of the intake fields
 * @current: the case as it is now (read again after %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Lists each field that someone else changed: where @current differs from @opened. A field of
 * the edit form comes with the user's value (mine), one outside it with mine %NULL. Works on
 * a read-only store.
 *
 * Returns: (transfer full) (element-type OndCaseChange): the changes, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_case_edit (OndStore            *self,
                             OndCase             *opened,
                             const OndCaseDraft  *mine,
                             OndCase             *current,
                             GError             **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) vocabularies = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_CASE (opened), NULL);
  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (OND_IS_CASE (current), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  vocabularies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *before = case_value (opened, i);
      g_autofree char *theirs = case_value (current, i);
      g_autofree char *mine_value = NULL;
      g_autoptr(OndCaseChange) change = NULL;

      if (g_str_equal (before, theirs))
        continue;

      change = g_new0 (OndCaseChange, 1);
      change->field = fields[i].property;
      change->label = g_strdup (_(fields[i].label));
      change->theirs = display_value (self, vocabularies, i, theirs, error);
      if (change->theirs == NULL)
        return NULL;
      if (fields[i].draft_offset != NOT_IN_FORM)
        {
          mine_value = draft_value (mine, i);
          change->mine_changed = !g_str_equal (mine_value, before);
          change->mine = display_value (self, vocabularies, i, mine_value, error);
          if (change->mine == NULL)
            return NULL;
        }
      g_ptr_array_add (changes, g_steal_pointer (&change));
    }
  return g_steal_pointer (&changes);
}
