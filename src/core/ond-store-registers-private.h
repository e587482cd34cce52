/* ond-store-registers-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Internal API shared by the files of the registers of "Controles & maatregelen":
 * ond-store-registers.c (what the writes share; controls and measures),
 * ond-store-register-activities.c (stop talks and activities), ond-store-register-lists.c
 * (lists) and ond-store-register-checks.c (the rules of ond-store-registers.h).
 */

#pragma once

#include "ond-store-private.h"
#include "ond-store-registers.h"

G_BEGIN_DECLS

/* What the writes need to know of one register's table. */
typedef struct
{
  /* One row when the record with id ? exists: the link it keeps (see
   * _ond_store_check_measure ()), or 0. */
  const char *find_sql;
  /* Deletes the record with id ? (its child rows go by ON DELETE CASCADE). */
  const char *delete_sql;
  /* N_() messages: the record does not exist; its id is in use (a restore); someone else
   * changed it since the edit saved was opened (its row version moved on). */
  const char *not_found;
  const char *in_use;
  const char *conflict;
} OndRegisterTable;

/* Writes one record inside the caller's transaction: a save (id 0 adds, another id
 * changes that record) or, when @restoring, the undo of a delete. Returns the id, or 0
 * with @error set. */
typedef gint64 (*OndRegisterWriteFunc) (OndStore          *self,
                                        gpointer           record,
                                        OndRegisterFlags   flags,
                                        gboolean           restoring,
                                        GError           **error);

/* A copy of @text without white space around it; NULL gives "". Transfer full. */
char       *_ond_register_trim                (const char              *text)
                                               G_GNUC_WARN_UNUSED_RESULT;
/* Finds the record @id before a write. A save of a new record (@id 0) needs nothing; a
 * change needs the record (OND_STORE_ERROR_NOT_FOUND); a restore needs a positive id that
 * is free (OND_STORE_ERROR_INVALID). *@kept is what find_sql returns for the record. */
gboolean    _ond_store_find_register_record   (OndStore                *self,
                                               const OndRegisterTable  *reg,
                                               gint64                   id,
                                               gboolean                 restoring,
                                               gint64                  *kept,
                                               GError                 **error);
/* Runs @func in a transaction (refused on a read-only store); rolls back on error. */
gint64      _ond_store_run_register_write     (OndStore                *self,
                                               OndRegisterWriteFunc     func,
                                               gpointer                 record,
                                               OndRegisterFlags         flags,
                                               gboolean                 restoring,
                                               GError                 **error);
/* The end of the write of a record: @written is the id the INSERT or UPDATE returned. An
 * UPDATE of a change returns none when the row no longer has the version the edit was opened
 * with (the record itself was found in the same transaction): OND_STORE_ERROR_CONFLICT.
 * Returns @written, or 0 with @error set. */
gint64      _ond_store_finish_register_write  (const OndRegisterTable  *reg,
                                               gint64                   written,
                                               GError                 **error);
/* Deletes the record @id in a transaction (OND_STORE_ERROR_NOT_FOUND when missing). */
gboolean    _ond_store_delete_register_record (OndStore                *self,
                                               const OndRegisterTable  *reg,
                                               gint64                   id,
                                               GError                 **error);

/* The checks of one record that need no confirmation, in the order of the form, each
 * failing with the OND_REGISTER_ERROR code of its field. On success *@iso is the date as
 * "YYYY-MM-DD" (transfer full).
 *
 * @kept_case_id / @kept_plan_item_id: the case or planning row the record already has (on
 * a change), or had (on a restore); 0 for none. Such a link may stay although the case has
 * been deleted since, or the planning row is of an earlier plan; a new link must be to a
 * case that is not deleted and to a planning row of the current plan. Likewise a control may
 * keep a retired partner it has (or had, on a restore), and gets no new one. */
gboolean    _ond_store_check_control   (OndStore          *self,
                                        OndControl        *control,
                                        gboolean           restoring,
                                        char             **iso,
                                        GError           **error);
gboolean    _ond_store_check_measure   (OndStore          *self,
                                        OndMeasure        *measure,
                                        gint64             kept_case_id,
                                        char             **iso,
                                        GError           **error);
gboolean    _ond_store_check_stop_talk (OndStore          *self,
                                        OndStopTalk       *stop_talk,
                                        char             **iso,
                                        GError           **error);
gboolean    _ond_store_check_activity  (OndStore          *self,
                                        OndActivity       *activity,
                                        gint64             kept_plan_item_id,
                                        char             **iso,
                                        GError           **error);

/* Whether @iso lies in the period of the current plan; if not, fails with
 * OND_STORE_ERROR_NEEDS_CONFIRMATION unless @flags allows it. */
gboolean    _ond_store_check_period    (OndStore          *self,
                                        const char        *iso,
                                        OndRegisterFlags   flags,
                                        GError           **error);

G_END_DECLS
