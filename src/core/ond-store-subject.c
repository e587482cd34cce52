/* ond-store-subject.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rights of a person concerned, part one: finding every case about a person,
 * correcting a case on their request, and erasing cases on their request (the inzage
 * export is in ond-store-subject-export.c).
 *
 * Finding folds every text the way the case list's search column is folded (ond_text_fold:
 * case and accents do not matter) and matches the name or address as whole words, so that
 * "Jan de Vries" finds "JAN DE VRIËS" but "Anna" does not find "Annabel". The subject's
 * name and address are read from the case; the name is also looked for in the free texts
 * that may mention a person: the summary, the reasons in the history (which also hold the
 * decisions of the casusoverleg), the notes of interventions, and the texts of the
 * casusoverleg items of the case. Hidden cases (deleted, not yet removed for good) still
 * hold the data and are found too. The texts are scanned in C, as SQLite's LIKE folds ASCII
 * only: a request is rare, and each text is read and folded once.
 *
 * Erasing removes each case through _ond_store_erase_case (). The casusoverleg items of a
 * case keep their row without it (the agenda stays whole), but their texts may name the
 * person: the topic is emptied and a decision is replaced by a line saying that it was
 * erased on request, noted in the access log. The deleted rows are overwritten in the file
 * (PRAGMA secure_delete, on for every store) and the write-ahead log is folded into it
 * afterwards, so the person's data is not left in free pages of the database file either.
 */

#define G_LOG_DOMAIN "ond-store-subject"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-store-subject.h"
#include "ond-text.h"

/* Refuses every step of a request on a read-only store, saying why. */
static gboolean
check_can_log (OndStore  *self,
               GError   **error)
{
  if (!ond_store_is_read_only (self))
    return TRUE;
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY,
                       _("This file is opened read-only. A request of a person concerned "
                         "must be recorded in the access log, which cannot be written to "
                         "this file: open it with write access to handle the request."));
  return FALSE;
}

/* Finding. */

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Whether the folded @text holds the folded @needle as whole words: not inside a longer
 * word on either side. */
static gboolean
holds_words (const char *text,
             const char *needle)
{
  gsize length = strlen (needle);
  const char *from = text;
  const char *hit;

  if (length == 0)
    return FALSE;
  while ((hit = strstr (from, needle)) != NULL)
    {
      const char *after = hit + length;
      gboolean starts = hit == text || !is_word_char (g_utf8_find_prev_char (text, hit));
      gboolean ends = *after == '\0' || !is_word_char (after);

      if (starts && ends)
        return TRUE;
      from = g_utf8_next_char (hit);
    }
  return FALSE;
}

static gboolean
text_holds (const char *text,
            const char *needle)
{
  g_autofree char *folded = NULL;

  if (needle == NULL || text == NULL || *text == '\0')
    return FALSE;
  folded = ond_text_fold (text);
  return holds_words (folded, needle);
}

/* A query folded, or NULL when @text is blank. */
static char *
fold_query (const char *text)
{
  g_autofree char *folded = NULL;

  if (ond_text_is_blank (text))
    return NULL;
  folded = ond_text_fold (text);
  return g_strdup (g_strstrip (folded));
}

static void
add_places (GHashTable       *found,
            gint64            case_id,
            OndSubjectPlaces  places)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) case_id);

  g_hash_table_insert (found, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (found, key)) |
                                         places));
}

/* Scans the case files: the subject's name and address, and the summary. */
static gboolean
scan_cases (OndStore    *self,
            const char  *name,
            const char  *address,
            GHashTable  *found,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self, "SELECT id, subject_name, address, summary FROM case_file",
                             error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndSubjectPlaces places = 0;

      if (text_holds (ond_statement_get_text (stmt, 1), name))
        places |= OND_SUBJECT_PLACE_NAME;
      if (text_holds (ond_statement_get_text (stmt, 2), address))
        places |= OND_SUBJECT_PLACE_ADDRESS;
      if (text_holds (ond_statement_get_text (stmt, 3), name))
        places |= OND_SUBJECT_PLACE_SUMMARY;
      if (places != 0)
        add_places (found, ond_statement_get_int64 (stmt, 0), places);
    }
  return ok;
}

/* Scans the free texts of @sql (case id, then @n_texts texts) for @name. */
static gboolean
scan_texts (OndStore          *self,
            const char        *sql,
            int                n_texts,
            const char        *name,
            OndSubjectPlaces   place,
            GHashTable        *found,
            GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      for (int column = 1; column <= n_texts; column++)
        {
          if (text_holds (ond_statement_get_text (stmt, column), name))
            {
              add_places (found, ond_statement_get_int64 (stmt, 0), place);
              break;
            }
        }
    }
  return ok;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (ond_subject_match_get_reference ((OndSubjectMatch *) a),
                    ond_subject_match_get_reference ((OndSubjectMatch *) b));
}

/* The matches of @found, with what each case shows, by reference. */
static GListStore *
read_matches (OndStore    *self,
              GHashTable  *found,
              GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (OND_TYPE_SUBJECT_MATCH);
  GHashTableIter iter;
  gpointer key, value;

  stmt = _ond_store_prepare (self,
                  "SELECT c.reference, c.subject_name, c.address, st.label, c.date_received,"
                  "  c.deleted_at IS NOT NULL"
                  " FROM case_file c JOIN case_status st ON st.code = c.status WHERE c.id = ?",
                  error);
  if (stmt == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(OndSubjectMatch) match = NULL;
      gint64 case_id = (gint64) GPOINTER_TO_SIZE (key);
      gboolean has_row;

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, case_id, error) ||
          !ond_statement_step (stmt, &has_row, error))
        return NULL;
      /* A history row or item of a case that is gone cannot be: the keys cascade. */
      if (!has_row)
        continue;
      match = ond_subject_match_new (case_id,
                                     ond_statement_get_text (stmt, 0),
                                     ond_statement_get_text (stmt, 1),
                                     ond_statement_get_text (stmt, 2),
                                     ond_statement_get_text (stmt, 3),
                                     ond_statement_get_text (stmt, 4),
                                     ond_statement_get_int64 (stmt, 5) != 0,
                                     GPOINTER_TO_UINT (value));
      g_list_store_insert_sorted (list, match, compare_matches, NULL);
    }
  return g_steal_pointer (&list);
}

static gboolean
log_search (OndStore    *self,
            GListModel  *matches,
            GError     **error)
{
  guint n = g_list_model_get_n_items (matches);
  g_autofree char *summary = g_strdup_printf (OND_SUBJECT_LOG_SEARCH, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndSubjectMatch) match = g_list_model_get_item (matches, i);

      if (!_ond_store_write_access_log (self, ond_subject_match_get_reference (match),
                                        OND_SUBJECT_LOG_FOUND, error))
        return FALSE;
    }
  return _ond_store_write_access_log (self, NULL, summary, error);
}

static GListModel *
find_subject (OndStore    *self,
              const char  *name,
              const char  *address,
              GError     **error)
{
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
  g_autoptr(GListStore) matches = NULL;

  if (!scan_cases (self, name, address, found, error))
    return NULL;
  if (name != NULL &&
      (!scan_texts (self, "SELECT case_id, reason FROM case_event WHERE reason <> ''", 1,
                    name, OND_SUBJECT_PLACE_HISTORY, found, error) ||
       !scan_texts (self, "SELECT case_id, note FROM case_intervention WHERE note <> ''",
                    1, name, OND_SUBJECT_PLACE_INTERVENTION, found, error) ||
       !scan_texts (self,
                    "SELECT case_id, topic, decision FROM meeting_item"
                    " WHERE case_id IS NOT NULL AND (topic <> '' OR decision <> '')", 2,
                    name, OND_SUBJECT_PLACE_MEETING, found, error)))
    return NULL;

  matches = read_matches (self, found, error);
  if (matches == NULL || !log_search (self, G_LIST_MODEL (matches), error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&matches));
}

/**
 * ond_store_find_subject:
 * @self: a #OndStore
 * @name: (nullable): the name the person gave
 * @address: (nullable): the address the person gave
 * @error: return location for an error
 *
 * Finds every case about a person: those whose subject's name holds @name or whose address
 * holds @address, and those whose summary, history reasons, intervention notes or
 * casusoverleg texts name @name; hidden cases too. Case and accents do not matter, and
 * each is matched as whole words. Each case found is logged ("Gevonden bij verzoek van
 * betrokkene"), and the search itself with the number found (reference ""); never the name
 * or address. Refused on a read-only store (%OND_STORE_ERROR_READ_ONLY), and without a
 * name or address, or with a name of one letter (%OND_STORE_ERROR_INVALID): nothing is
 * logged then.
 *
 * Returns: (transfer full): a #GListModel of #OndSubjectMatch by reference (empty when
 *   nothing was found), or %NULL with @error set
 */
GListModel *
ond_store_find_subject (OndStore    *self,
                        const char  *name,
                        const char  *address,
                        GError     **error)
{
  g_autofree char *folded_name = fold_query (name);
  g_autofree char *folded_address = fold_query (address);
  g_autoptr(GListModel) result = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (folded_name == NULL && folded_address == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Give the name or the address of the person concerned."));
      return NULL;
    }
  if ((folded_name != NULL && g_utf8_strlen (folded_name, -1) < 2) ||
      (folded_address != NULL && g_utf8_strlen (folded_address, -1) < 2))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A name or address of one letter would find far too much: give "
                             "it in full."));
      return NULL;
    }
  if (!check_can_log (self, error) || !_ond_store_begin (self, error))
    return NULL;
  result = find_subject (self, folded_name, folded_address, error);
  if (result == NULL)
    {
      _ond_store_rollback (self);
      return NULL;
    }
  if (!_ond_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&result);
}

/* Correcting. */

/**
 * ond_store_correct_case_on_request:
 * @self: a #OndStore
 * @case_id: the case (not a hidden one)
 * @draft: the corrected intake fields
 * @today: the date of today
 * @error: return location for an error
 *
 * Changes the intake fields of a case as ond_store_update_case () does, because the person
 * concerned asked for it (AVG article 16): the access log says "Gecorrigeerd op verzoek van
 * betrokkene" and the case's history gets an entry saying so (its status stays). One
 * transaction: on error nothing is changed.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_correct_case_on_request (OndStore            *self,
                                   gint64               case_id,
                                   const OndCaseDraft  *draft,
                                   GDateTime           *today,
                                   GError             **error)
{
  g_autofree char *status = NULL;
  OndCaseStatus current;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_can_log (self, error) || !_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_get_case_state (self, case_id, NULL, &current, error) ||
      !_ond_store_update_case (self, case_id, draft, today, OND_SUBJECT_LOG_CORRECTED, error))
    goto fail;
  status = g_strdup (ond_case_status_to_code (current));
  if (!_ond_store_write_case_event (self, case_id, status, status, OND_SUBJECT_CORRECT_REASON,
                                    error))
    goto fail;
  return _ond_store_commit (self, error);

fail:
  _ond_store_rollback (self);
  return FALSE;
}

/* Erasing. */

/* Empties the texts of the casusoverleg items of @case_id, before the case goes. */
static gboolean
clear_meeting_items (OndStore    *self,
                     gint64       case_id,
                     const char  *reference,
                     GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                  "UPDATE meeting_item SET topic = '',"
                  "  decision = CASE WHEN decision <> '' THEN ? ELSE '' END"
                  " WHERE case_id = ? AND (topic <> '' OR decision <> '')",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, OND_SUBJECT_ERASED_DECISION, error) ||
      !ond_statement_bind_int64 (stmt, 2, case_id, error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    return TRUE;
  return _ond_store_write_access_log (self, reference, OND_SUBJECT_LOG_ITEMS, error);
}

static gboolean
erase_cases (OndStore      *self,
             const gint64  *case_ids,
             guint          n_cases,
             GError       **error)
{
  g_autoptr(OndStatement) read = NULL;

  read = _ond_store_prepare (self, "SELECT reference FROM case_file WHERE id = ?", error);
  if (read == NULL)
    return FALSE;

  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *reference = NULL;
      gboolean has_row;

      ond_statement_reset (read);
      if (!ond_statement_bind_int64 (read, 1, case_ids[i], error) ||
          !ond_statement_step (read, &has_row, error))
        return FALSE;
      if (!has_row)
        {
          g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                               _("One of the cases no longer exists: it may have been "
                                 "removed already. Nothing was erased."));
          return FALSE;
        }
      reference = g_strdup (ond_statement_get_text (read, 0));
      if (!clear_meeting_items (self, case_ids[i], reference, error) ||
          !_ond_store_erase_case (self, case_ids[i], OND_SUBJECT_ERASE_REASON,
                                  OND_SUBJECT_LOG_ERASED, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _ond_store_erase_again:
 *
 * See ond-store-private.h.
 */
gboolean
_ond_store_erase_again (OndStore    *self,
                        const char  *reference,
                        const char  *reason,
                        gboolean    *erased,
                        GError     **error)
{
  g_autoptr(OndStatement) read = NULL;
  g_autofree char *again = NULL;
  gboolean has_row;
  gint64 case_id;

  *erased = FALSE;
  read = _ond_store_prepare (self, "SELECT id FROM case_file WHERE reference = ?", error);
  if (read == NULL ||
      !ond_statement_bind_text (read, 1, reference, error) ||
      !ond_statement_step (read, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  case_id = ond_statement_get_int64 (read, 0);

  again = g_strconcat (reason, OND_ERASED_AGAIN_SUFFIX, NULL);
  if ((g_str_has_prefix (reason, OND_SUBJECT_ERASE_REASON) &&
       !clear_meeting_items (self, case_id, reference, error)) ||
      !_ond_store_erase_case (self, case_id, again, OND_ERASED_AGAIN_LOG, error))
    return FALSE;
  *erased = TRUE;
  return TRUE;
}

/**
 * ond_store_erase_on_request:
 * @self: a #OndStore
 * @case_ids: (array length=n_cases): the cases to erase, hidden ones too
 * @n_cases: how many
 * @error: return location for an error
 *
 * Removes the cases for good because the person concerned asked for it (AVG article 17),
 * all in one transaction: each through the deletion log (reason "Gewist op verzoek van
 * betrokkene (AVG art. 17)") and the access log ("Gewist op verzoek van betrokkene"), with
 * its history and interventions. The casusoverleg items of a case keep their row without it,
 * their topic emptied and a decision replaced by "Besluit gewist op verzoek van
 * betrokkene". Measures keep their row without the case (they are counted). The frozen
 * figures of closed years do not change; the counted figures of open years no longer count
 * the cases. The removed rows are overwritten in the file. A case that does not exist fails
 * the whole (%OND_STORE_ERROR_NOT_FOUND) and nothing is erased.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_erase_on_request (OndStore      *self,
                            const gint64  *case_ids,
                            guint          n_cases,
                            GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (case_ids != NULL || n_cases == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_cases == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Choose the cases to erase."));
      return FALSE;
    }
  if (!check_can_log (self, error))
    return FALSE;

  /* Deleted rows are overwritten with zeros, not left in free pages: the store turns
   * PRAGMA secure_delete on when it opens the file. */
  ok = _ond_store_begin (self, error);
  if (ok && !erase_cases (self, case_ids, n_cases, error))
    {
      _ond_store_rollback (self);
      ok = FALSE;
    }
  else if (ok)
    ok = _ond_store_commit (self, error);

  /* The old pages live on in the write-ahead log until it is folded into the file; a reader
   * that holds it open only delays that. A file's log only: a server keeps its own. */
  if (ok && !ond_store_is_server (self))
    _ond_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  return ok;
}
