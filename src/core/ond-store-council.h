/* ond-store-council.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council scope (ond-store-council.c): what the code that gathers data for the
 * gemeenteraad (the progress report, the council workbook) may read. No personal data, by
 * construction: while a scope is open, an SQLite authorizer on the store's connection refuses
 * to prepare any statement that reads a personal column or table, and any statement that
 * writes. The store prepares every statement afresh, so this holds for every query made in
 * the scope, whoever wrote it: a refused read fails with a GError (OND_STORE_ERROR_FAILED,
 * SQLite's "access to <table>.<column> is prohibited"), never with data.
 *
 * What a scope refuses to read (the whole table where no column is named):
 * - case_file: subject_name, address, summary, search_text (folded name, address and
 *   summary), weighing_reason, outcome_note, the outside numbers mma_number, police_number,
 *   riec_number, zaaknummer, and reference (a case's reference leads to its person). Its
 *   codes, dates and ids (source, theme, area, status, outcome, complexity, decision,
 *   deleted_at ...) stay readable, so cases can be counted.
 * - case_event: reason (free text about the case) and who (the staff member who acted on
 *   a case).
 * - case_intervention: note.
 * - meeting: note; meeting_item: topic, decision, decided_by (the casusoverleg's words
 *   about a case).
 * - access_log: the whole table (who opened which case), also COUNT(*).
 * - deletion_log: the whole table (references of erased cases, who erased them and why).
 * - import_batch: file_name (an imported file of signals may be named after a person) and
 *   who.
 * - control: note; activity: note (free text of the registers, which may name a person or
 *   a business checked). Their dates, kinds, areas and numbers stay readable (monitoring).
 * Decisions on what stays readable:
 * - booking (description, reference, supplier): the municipality's own financial records,
 *   not casework; the reconciliation reads them to list bookings on no line of the plan.
 *   The report itself keeps only the number and total of such bookings (ond-report.h).
 * - who/entered_by of plan content, figures, budget changes, explanations and council
 *   reports: the staff member who wrote them for the plan, not a case.
 * - measure.case_id, case_counter: ids and counters, no data about a person.
 *
 * A scope also refuses every write (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH,
 * transactions, savepoints, pragmas that set something): gathering a report changes
 * nothing. Reads in a scope see one snapshot of the database: the scope holds a read
 * transaction from enter to leave (unless the caller is in one already).
 *
 * Scopes do not nest: entering a second scope on the same store is a programming error.
 * Record a council report (ond-store-council-reports.h) after leaving the scope.
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

typedef struct _OndCouncilScope OndCouncilScope;

/* The signals of one theme (of any plan) with one case status, received in one year. */
typedef struct
{
  gint64  theme_id;   /* 0: no theme */
  char   *status;     /* case_status code */
  gint64  count;
} OndThemeStatusCount;

OndCouncilScope *ond_store_enter_council_scope  (OndStore         *store) G_GNUC_WARN_UNUSED_RESULT;
void             ond_council_scope_leave        (OndCouncilScope  *scope);
gboolean         ond_store_in_council_scope     (OndStore         *store);

/* Whether a scope refuses to read @column of @table (NULL or "" @column: the table itself,
 * as in COUNT(*)): the list above. */
gboolean         ond_council_is_personal        (const char       *table,
                                                 const char       *column);

/* Who makes something for the council: the OS user's real name, else the login name.
 * Transfer none. */
const char      *ond_council_who                (void);

void             ond_theme_status_count_free    (OndThemeStatusCount *self);
/* The signals received in @year (hidden cases left out) counted per theme and status: one
 * entry per pair that has any, ordered by theme id then status code. Counts only. Transfer
 * full: GPtrArray of OndThemeStatusCount, or NULL with @error set. */
GPtrArray       *ond_store_count_cases_by_theme_status (OndStore  *store,
                                                        int        year,
                                                        GError   **error)
                                                        G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndCouncilScope, ond_council_scope_leave)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndThemeStatusCount, ond_theme_status_count_free)

G_END_DECLS
