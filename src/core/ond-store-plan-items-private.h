/* ond-store-plan-items-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the two files that edit the planning share: ond-store-plan-items.c (the checks, add,
 * change, status) and ond-store-plan-items-delete.c (delete and restore). Every helper that
 * reads or writes runs inside the caller's transaction.
 */

#pragma once

#include "ond-plan-error.h"
#include "ond-store-plan-items.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* The fields of a row as they are written: trimmed, then checked. */
typedef struct
{
  gint64      plan_id;
  int         year;
  const char *period;
  const char *what;
  const char *who;
  gint64      theme_id;
  const char *status;
  gboolean    recurring;
  /* The row version it is inserted with; 0 for a new row (1). */
  gint64      row_version;
} OndPlanItemRow;

/* @text without white space around it; "" for NULL. Transfer full. */
char     *_ond_plan_items_trim           (const char            *text) G_GNUC_WARN_UNUSED_RESULT;
/* Refuses a blank what: OND_PLAN_ERROR_TEXT. */
gboolean  _ond_plan_items_check_text     (const char            *what,
                                          GError               **error);
/* The checks after the text: year (of the plan: NOT_FOUND when there is no plan), period,
 * theme, status, in that order. */
gboolean  _ond_plan_items_check_row      (OndStore              *self,
                                          const OndPlanItemRow  *row,
                                          GError               **error);
/* Inserts @row at @position, under @id when not 0 (a row put back). Returns its id or 0. */
gint64    _ond_plan_items_insert_row     (OndStore              *self,
                                          const OndPlanItemRow  *row,
                                          gint64                 id,
                                          int                    position,
                                          GError               **error);
/* Runs @sql with @id bound to its one parameter. */
gboolean  _ond_plan_items_execute_for_id (OndStore              *self,
                                          const char            *sql,
                                          gint64                 id,
                                          GError               **error);
/* Ends the transaction a change began: commits when @ok, else (or when the commit fails)
 * rolls back. Returns whether the change was written. */
gboolean  _ond_plan_items_finish         (OndStore              *self,
                                          gboolean               ok,
                                          GError               **error);

G_END_DECLS
