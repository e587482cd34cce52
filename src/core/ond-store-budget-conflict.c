/* ond-store-budget-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a cost line while the user had it open for editing (optimistic locking on
 * budget_line.row_version, ond-store-migration-8.c; the checked save is
 * ond_store_save_budget_line_edit() in ond-store-budget.c): the line read again, and the
 * fields of its form (name, ledger code) where it differs from the version the user opened,
 * as the same OndCaseChange list the other edit forms give the conflict dialog.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-budget-private.h"
#include "ond-store-budget.h"
#include "ond-store-case-conflict.h"

/* A text as the form shows it: trimmed, "" for none. */
static char *
shown (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/**
 * ond_store_compare_budget_line_edit:
 * @opened: the line as the user opened it
 * @name: the name in the user's edit
 * @ledger_code: (nullable): the ledger code in the user's edit
 * @current: the line as it is now (read again after %OND_STORE_ERROR_CONFLICT)
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields of the form someone
 *   else changed, in the order of the form; empty when only the row version moved on
 */
GPtrArray *
ond_store_compare_budget_line_edit (OndBudgetLine *opened,
                                    const char    *name,
                                    const char    *ledger_code,
                                    OndBudgetLine *current)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before_name = NULL, *theirs_name = NULL, *mine_name = NULL;
  g_autofree char *before_code = NULL, *theirs_code = NULL, *mine_code = NULL;

  g_return_val_if_fail (OND_IS_BUDGET_LINE (opened), NULL);
  g_return_val_if_fail (OND_IS_BUDGET_LINE (current), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  before_name = shown (ond_budget_line_get_name (opened));
  theirs_name = shown (ond_budget_line_get_name (current));
  mine_name = shown (name);
  ond_case_change_add (changes, "name", _("Name"), before_name, theirs_name, mine_name);
  before_code = shown (ond_budget_line_get_ledger_code (opened));
  theirs_code = shown (ond_budget_line_get_ledger_code (current));
  mine_code = shown (ledger_code);
  ond_case_change_add (changes, "ledger-code", _("Ledger code"), before_code, theirs_code,
                       mine_code);
  return g_steal_pointer (&changes);
}
