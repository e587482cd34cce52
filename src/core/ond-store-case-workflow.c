/* ond-store-case-workflow.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases of the casusoverleg, part two: the workflow. Weighing, the plain steps, closing
 * and reopening, and the case's own follow-up date. Each call is one transaction that
 * checks the step with ond_case_workflow_check (), changes the case, and writes a history
 * entry (case_event) and an access_log row; a refused call writes nothing.
 *
 * Reopening (gesloten -> monitoring) clears the outcome, its note and the closed date: the
 * case is open again and counts as such. The outcome it had stays in the history, in the
 * reason of the closing entry.
 */

#define G_LOG_DOMAIN "ond-store-case-workflow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-date.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-text.h"

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Looks up the label of @code in a vocabulary table (@sql selects label by code). Sets
 * *@label to NULL when the code is not in it; fails only on a database error. */
static gboolean
vocabulary_label (OndStore    *self,
                  const char  *sql,
                  const char  *code,
                  char       **label,
                  GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  *label = NULL;
  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, code != NULL ? code : "", error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *label = g_strdup (ond_statement_get_text (stmt, 0));
  return TRUE;
}

/* Parses an optional date: NULL or blank gives NULL in *@iso. */
static gboolean
parse_optional_date (const char  *text,
                     const char  *what,
                     char       **iso,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *iso = NULL;
  if (ond_text_is_blank (text))
    return TRUE;
  if (!ond_date_parse (text, iso, &local_error))
    {
      /* Translators: the first %s names the date ("The follow-up date"), the second says
       * what is wrong with it. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%s is not a valid date: %s"), what, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Sets status, updated_at and (for @to) writes history and access log. */
static gboolean
record_step (OndStore      *self,
             gint64         case_id,
             const char    *reference,
             OndCaseStatus  from,
             OndCaseStatus  to,
             const char    *reason,
             GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *now = _ond_store_timestamp ();
  g_autofree char *what = NULL;

  stmt = _ond_store_prepare (self,
                             "UPDATE case_file SET status = ?, updated_at = ?,"
                             "  row_version = row_version + 1 WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, ond_case_status_to_code (to), error) ||
      !ond_statement_bind_text (stmt, 2, now, error) ||
      !ond_statement_bind_int64 (stmt, 3, case_id, error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;

  what = g_strdup_printf ("Status gewijzigd: %s → %s",
                          ond_case_status_label (from), ond_case_status_label (to));
  return _ond_store_write_case_event (self, case_id, ond_case_status_to_code (from),
                                      ond_case_status_to_code (to), reason, error) &&
         _ond_store_write_access_log (self, reference, what, error);
}

/* The lead partner for a decision: the partner asked for (existing, not retired), or for
 * the RIEC decision without one, the partner with short name "RIEC". */
static gboolean
find_lead_partner (OndStore             *self,
                   OndWeighingDecision   decision,
                   gint64                partner_id,
                   gint64               *lead_partner_id,
                   GError              **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  if (decision == OND_WEIGHING_PARTNER && partner_id == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Choose the partner the case is handed to."));
      return FALSE;
    }

  if (partner_id != 0)
    stmt = _ond_store_prepare (self, "SELECT id, retired FROM partner WHERE id = ?", error);
  else
    stmt = _ond_store_prepare (self,
                    "SELECT id, retired FROM partner WHERE short_name = 'RIEC'"
                    " ORDER BY retired, id LIMIT 1",
                    error);
  if (stmt == NULL ||
      (partner_id != 0 && !ond_statement_bind_int64 (stmt, 1, partner_id, error)) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      if (partner_id != 0)
        g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                             _("The chosen partner does not exist."));
      else
        g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                             _("There is no partner with the short name “RIEC”."));
      return FALSE;
    }
  if (ond_statement_get_int64 (stmt, 1) != 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The chosen partner no longer takes part."));
      return FALSE;
    }
  *lead_partner_id = ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

static gboolean
weigh_case (OndStore             *self,
            gint64                case_id,
            const char           *complexity,
            OndWeighingDecision   decision,
            const char           *reason,
            gint64                lead_partner_id,
            const char           *follow_up_date,
            GError              **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *complexity_label = NULL;
  g_autofree char *decision_label = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *today = today_iso ();
  g_autofree char *now = _ond_store_timestamp ();
  g_autofree char *clean_reason = NULL;
  g_autofree char *event_reason = NULL;
  OndCaseStatus from;
  OndCaseStatus to = ond_weighing_decision_target (decision);
  gint64 lead = 0;

  if (!_ond_store_get_case_state (self, case_id, &reference, &from, error))
    return FALSE;
  if (from != OND_CASE_STATUS_NEW && from != OND_CASE_STATUS_WEIGHED)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("Only a new or weighed case can be weighed; this case is “%s”."),
                   ond_case_status_label (from));
      return FALSE;
    }
  if (!ond_case_workflow_check (from, to, error))
    return FALSE;

  if (!vocabulary_label (self, "SELECT label FROM complexity WHERE code = ?",
                         complexity, &complexity_label, error))
    return FALSE;
  if (complexity_label == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Choose the complexity: low, middle or high."));
      return FALSE;
    }
  if (!vocabulary_label (self, "SELECT label FROM weighing_decision WHERE code = ?",
                         ond_weighing_decision_to_code (decision), &decision_label, error))
    return FALSE;
  if (decision_label == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("The database lacks the weighing decisions."));
      return FALSE;
    }
  if (ond_text_is_blank (reason))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Give the reason for the weighing."));
      return FALSE;
    }

  if (decision == OND_WEIGHING_PARTNER || decision == OND_WEIGHING_RIEC)
    {
      if (!find_lead_partner (self, decision, lead_partner_id, &lead, error))
        return FALSE;
    }
  if (decision != OND_WEIGHING_DROP &&
      !parse_optional_date (follow_up_date, _("The follow-up date"), &follow_up, error))
    return FALSE;
  if (decision == OND_WEIGHING_RESEARCH && follow_up == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Further research needs a follow-up date."));
      return FALSE;
    }
  if (follow_up != NULL && strcmp (follow_up, today) < 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The follow-up date cannot be in the past."));
      return FALSE;
    }

  clean_reason = g_strstrip (g_strdup (reason));
  stmt = _ond_store_prepare (self,
                  "UPDATE case_file SET complexity = ?, decision = ?, weighing_reason = ?,"
                  "  lead_partner_id = ?, follow_up_date = ?, status = ?, updated_at = ?,"
                  "  row_version = row_version + 1 WHERE id = ?",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, complexity, error) ||
      !ond_statement_bind_text (stmt, 2, ond_weighing_decision_to_code (decision), error) ||
      !ond_statement_bind_text (stmt, 3, clean_reason, error) ||
      !ond_statement_bind_id (stmt, 4, lead, error) ||
      !(follow_up != NULL ? ond_statement_bind_text (stmt, 5, follow_up, error)
                          : ond_statement_bind_null (stmt, 5, error)) ||
      !ond_statement_bind_text (stmt, 6, ond_case_status_to_code (to), error) ||
      !ond_statement_bind_text (stmt, 7, now, error) ||
      !ond_statement_bind_int64 (stmt, 8, case_id, error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;

  /* History: the decision, the complexity and the reason. The access log gets the
   * vocabulary labels only: the reason may name people. */
  event_reason = g_strdup_printf ("Weging: %s (complexiteit %s). %s",
                                  decision_label, complexity_label, clean_reason);
  if (!_ond_store_write_case_event (self, case_id, ond_case_status_to_code (from),
                                    ond_case_status_to_code (to), event_reason, error))
    return FALSE;
  g_free (event_reason);
  event_reason = g_strdup_printf ("Gewogen: %s (complexiteit %s); status %s → %s",
                                  decision_label, complexity_label,
                                  ond_case_status_label (from), ond_case_status_label (to));
  return _ond_store_write_access_log (self, reference, event_reason, error);
}

/**
 * ond_store_weigh_case:
 * @self: a #OndStore
 * @case_id: a case in status nieuw or gewogen
 * @complexity: the complexity code: laag, midden or hoog
 * @decision: the decision
 * @reason: why (required, not only white space)
 * @lead_partner_id: the partner for %OND_WEIGHING_PARTNER (required: it must exist and not
 *   be retired); for %OND_WEIGHING_RIEC 0 means the partner with short name "RIEC"
 * @follow_up_date: (nullable): ISO (or dd-mm-jjjj) date, not in the past: required for
 *   %OND_WEIGHING_RESEARCH, optional for the partner decisions, ignored when dropping
 * @error: return location for an error
 *
 * Weighs a case. The decision sets the status (afvoeren -> afgevoerd, partner/riec ->
 * toegewezen, onderzoek -> gewogen) and the lead partner (none unless handed over). "Today"
 * for the follow-up date is the local date of the computer.
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_weigh_case (OndStore             *self,
                      gint64                case_id,
                      const char           *complexity,
                      OndWeighingDecision   decision,
                      const char           *reason,
                      gint64                lead_partner_id,
                      const char           *follow_up_date,
                      GError              **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (ond_weighing_decision_to_code (decision) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!weigh_case (self, case_id, complexity, decision, reason, lead_partner_id,
                   follow_up_date, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static gboolean
move_case (OndStore       *self,
           gint64          case_id,
           OndCaseStatus   to,
           const char     *reason,
           GError        **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *clean_reason = NULL;
  OndCaseStatus from;

  if (!_ond_store_get_case_state (self, case_id, &reference, &from, error) ||
      !ond_case_workflow_check (from, to, error))
    return FALSE;

  if (from == OND_CASE_STATUS_NEW || from == OND_CASE_STATUS_WEIGHED)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A case goes from “%s” to “%s” by weighing it."),
                   ond_case_status_label (from), ond_case_status_label (to));
      return FALSE;
    }
  if (to == OND_CASE_STATUS_CLOSED)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A case goes from “%s” to “%s” by closing it with its outcome."),
                   ond_case_status_label (from), ond_case_status_label (to));
      return FALSE;
    }
  if (from == OND_CASE_STATUS_CLOSED)
    {
      if (ond_text_is_blank (reason))
        {
          g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                               _("Give the reason for reopening the case."));
          return FALSE;
        }
      stmt = _ond_store_prepare (self,
                      "UPDATE case_file SET outcome = NULL, outcome_note = NULL,"
                      "  closed_date = NULL, row_version = row_version + 1 WHERE id = ?",
                      error);
      if (stmt == NULL ||
          !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
          !ond_statement_execute (stmt, error))
        return FALSE;
    }

  clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  return record_step (self, case_id, reference, from, to, clean_reason, error);
}

/**
 * ond_store_move_case:
 * @self: a #OndStore
 * @case_id: the case
 * @to: the new status
 * @reason: (nullable): why; required when reopening a closed case
 * @error: return location for an error
 *
 * A plain step of the workflow: toegewezen -> interventie, interventie -> monitoring,
 * monitoring -> interventie, gesloten -> monitoring (reopening: clears the outcome and the
 * closed date, which stay in the history). Weighing and closing have their own calls; any
 * other step is refused with a message naming both statuses.
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_move_case (OndStore       *self,
                     gint64          case_id,
                     OndCaseStatus   to,
                     const char     *reason,
                     GError        **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!move_case (self, case_id, to, reason, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static gboolean
close_case (OndStore    *self,
            gint64       case_id,
            const char  *outcome,
            const char  *note,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *outcome_label = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *today = today_iso ();
  OndCaseStatus from;

  if (!_ond_store_get_case_state (self, case_id, &reference, &from, error) ||
      !ond_case_workflow_check (from, OND_CASE_STATUS_CLOSED, error))
    return FALSE;

  if (!vocabulary_label (self, "SELECT label FROM case_outcome WHERE code = ?",
                         outcome, &outcome_label, error))
    return FALSE;
  if (outcome_label == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Choose the outcome: effective, partly effective or not "
                             "effective."));
      return FALSE;
    }

  clean_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  stmt = _ond_store_prepare (self,
                  "UPDATE case_file SET outcome = ?, outcome_note = ?, closed_date = ?,"
                  "  follow_up_date = NULL, row_version = row_version + 1 WHERE id = ?",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, outcome, error) ||
      !ond_statement_bind_text (stmt, 2, clean_note, error) ||
      !ond_statement_bind_text (stmt, 3, today, error) ||
      !ond_statement_bind_int64 (stmt, 4, case_id, error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;

  if (*clean_note != '\0')
    reason = g_strdup_printf ("Uitkomst: %s. %s", outcome_label, clean_note);
  else
    reason = g_strdup_printf ("Uitkomst: %s.", outcome_label);
  return record_step (self, case_id, reference, from, OND_CASE_STATUS_CLOSED, reason, error);
}

/**
 * ond_store_close_case:
 * @self: a #OndStore
 * @case_id: a case in monitoring
 * @outcome: the case_outcome code: effectief, deels or niet_effectief
 * @note: (nullable): a note on the outcome
 * @error: return location for an error
 *
 * Closes a case: sets the outcome, its note and the closed date (today), clears the case's
 * own follow-up date, and records the outcome in the history.
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_close_case (OndStore    *self,
                      gint64       case_id,
                      const char  *outcome,
                      const char  *note,
                      GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!close_case (self, case_id, outcome, note, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static gboolean
set_follow_up (OndStore    *self,
               gint64       case_id,
               const char  *follow_up_date,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *now = _ond_store_timestamp ();
  OndCaseStatus status;

  if (!_ond_store_get_case_state (self, case_id, &reference, &status, error) ||
      !parse_optional_date (follow_up_date, _("The follow-up date"), &follow_up, error))
    return FALSE;
  if (follow_up != NULL && !ond_case_status_is_open (status))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A case that is “%s” has no follow-up."), ond_case_status_label (status));
      return FALSE;
    }

  stmt = _ond_store_prepare (self,
                             "UPDATE case_file SET follow_up_date = ?, updated_at = ?,"
                             "  row_version = row_version + 1 WHERE id = ?",
                  error);
  return stmt != NULL &&
         (follow_up != NULL ? ond_statement_bind_text (stmt, 1, follow_up, error)
                            : ond_statement_bind_null (stmt, 1, error)) &&
         ond_statement_bind_text (stmt, 2, now, error) &&
         ond_statement_bind_int64 (stmt, 3, case_id, error) &&
         ond_statement_execute (stmt, error) &&
         _ond_store_write_access_log (self, reference,
                                      follow_up != NULL ? "Vervolgdatum gewijzigd"
                                                        : "Vervolgdatum verwijderd",
                                      error);
}

/**
 * ond_store_set_case_follow_up:
 * @self: a #OndStore
 * @case_id: an open case
 * @follow_up_date: (nullable): the date (ISO or dd-mm-jjjj), or %NULL to clear it
 * @error: return location for an error
 *
 * Sets the case's own follow-up date. A date in the past is accepted here (it makes the
 * case due at once). Logged.
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_set_case_follow_up (OndStore    *self,
                              gint64       case_id,
                              const char  *follow_up_date,
                              GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!set_follow_up (self, case_id, follow_up_date, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}
