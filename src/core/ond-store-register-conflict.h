/* ond-store-register-conflict.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits of the records of the registers of "Controles & maatregelen" under concurrency
 * (optimistic locking, ond-store-migration-11.c): a change of a control, measure, stop talk
 * or activity (ond_store_save_control () and the others, ond-store-registers.h) is saved only
 * while the row still has the version the record was read with; when someone else changed it
 * since, the save is refused (OND_STORE_ERROR_CONFLICT), the record is read again, and each
 * field of its form that differs between the version the user opened and the current row is
 * listed as an OndCaseChange (ond-store-case-conflict.h), for the conflict dialog all edits
 * share. A record is an OndControl, OndMeasure, OndStopTalk or OndActivity.
 */

#pragma once

#include "ond-store-case-conflict.h"
#include "ond-store-registers.h"

G_BEGIN_DECLS

/* The record @id of the register whose records are of @type (OND_TYPE_CONTROL,
 * OND_TYPE_MEASURE, OND_TYPE_STOP_TALK or OND_TYPE_ACTIVITY) as it is now, with its row
 * version; OND_STORE_ERROR_NOT_FOUND when it is gone. Transfer full. */
GObject   *ond_store_get_register_record   (OndStore  *self,
                                            GType      type,
                                            gint64     id,
                                            GError   **error) G_GNUC_WARN_UNUSED_RESULT;

/* The fields of the record's form where @current (read again) differs from @opened (as the
 * user opened it), with the values of @mine (the record read from the user's form), each as
 * the form shows it: dates as dd-mm-yyyy, labels of kinds and domains, names of areas,
 * themes and partners, a planning row as "year · period · what", a case by its reference.
 * The three records are of one type. A GPtrArray of OndCaseChange in the order of the form;
 * empty when only the row version moved on. Transfer full. */
GPtrArray *ond_store_compare_register_edit (OndStore  *self,
                                            GObject   *opened,
                                            GObject   *mine,
                                            GObject   *current,
                                            GError   **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
