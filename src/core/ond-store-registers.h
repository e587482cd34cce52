/* ond-store-registers.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The registers of "Controles & maatregelen" (ond-store-registers.c): controls,
 * administrative measures, stop talks and activities. Each can be listed, added, changed,
 * deleted, and restored after a delete (undo). Every change is one transaction; a refused
 * change writes nothing.
 *
 * Rules checked before anything is written (errors in OND_REGISTER_ERROR, the code naming
 * the field so the window can show the message next to it):
 * - the date is a real date, not before 2000 and not after today;
 * - a date outside the period of the current plan (e.g. 2026 for the 2023-2024 plan) is
 *   refused with OND_STORE_ERROR_NEEDS_CONFIRMATION unless @flags has
 *   OND_REGISTER_ALLOW_OUTSIDE_PERIOD: the window asks the user first;
 * - codes (kind, domain) exist in their vocabulary; ids (area, partner, theme, plan item,
 *   case) exist; a planning row belongs to the current plan;
 * - controls: businesses visited 0..OND_REGISTER_MAX_BUSINESSES, signals found 0..businesses;
 * - a read-only store refuses with OND_STORE_ERROR_READ_ONLY.
 * Lists are newest first (date, then id, descending), each record with the row version it
 * was read with.
 *
 * Edits under concurrency (optimistic locking, ond-store-migration-11.c): a change of a record
 * (id not 0) is written only while the row still has the row version the record object carries
 * (ond_control_get_row_version () and the others; 0 = not checked), and adds 1 to it;
 * otherwise it fails with OND_STORE_ERROR_CONFLICT and writes nothing (read the record again
 * and compare, ond-store-register-conflict.h). A record put back after a delete keeps its
 * version.
 */

#pragma once

#include "ond-activity.h"
#include "ond-control.h"
#include "ond-measure.h"
#include "ond-stop-talk.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_REGISTER_ERROR (ond_register_error_quark ())

/* More businesses than this in one control is taken for a typing error. */
#define OND_REGISTER_MAX_BUSINESSES 500

typedef enum
{
  OND_REGISTER_ERROR_DATE,        /* missing, not a date, before 2000, after today */
  OND_REGISTER_ERROR_KIND,
  OND_REGISTER_ERROR_DOMAIN,
  OND_REGISTER_ERROR_AREA,
  OND_REGISTER_ERROR_BUSINESSES,  /* negative or more than OND_REGISTER_MAX_BUSINESSES */
  OND_REGISTER_ERROR_SIGNALS,     /* negative or more than the businesses visited */
  OND_REGISTER_ERROR_PARTNERS,    /* a partner that does not exist, twice, or newly retired */
  OND_REGISTER_ERROR_BRANCH,      /* a stop talk without a branch */
  OND_REGISTER_ERROR_THEME,
  OND_REGISTER_ERROR_PLAN_ITEM,
  OND_REGISTER_ERROR_CASE,
} OndRegisterError;

typedef enum
{
  OND_REGISTER_FLAGS_NONE = 0,
  OND_REGISTER_ALLOW_OUTSIDE_PERIOD = 1 << 0,
} OndRegisterFlags;

GQuark      ond_register_error_quark  (void);

/* Lists (transfer full): a GListStore of OndControl / OndMeasure / OndStopTalk /
 * OndActivity, newest first, with the labels and names filled in. */
GListModel *ond_store_list_controls   (OndStore          *self,
                                       GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_measures   (OndStore          *self,
                                       GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_stop_talks (OndStore          *self,
                                       GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_activities (OndStore          *self,
                                       GError           **error) G_GNUC_WARN_UNUSED_RESULT;

/* Saves a record: id 0 adds it, another id changes that record (OND_STORE_ERROR_NOT_FOUND
 * when it does not exist, OND_STORE_ERROR_CONFLICT when its row version moved on since the
 * record was read). Labels and names in the object are ignored. Returns the id of the
 * record, or 0 with @error set and nothing written. */
gint64      ond_store_save_control    (OndStore          *self,
                                       OndControl        *control,
                                       OndRegisterFlags   flags,
                                       GError           **error);
gint64      ond_store_save_measure    (OndStore          *self,
                                       OndMeasure        *measure,
                                       OndRegisterFlags   flags,
                                       GError           **error);
gint64      ond_store_save_stop_talk  (OndStore          *self,
                                       OndStopTalk       *stop_talk,
                                       OndRegisterFlags   flags,
                                       GError           **error);
gint64      ond_store_save_activity   (OndStore          *self,
                                       OndActivity       *activity,
                                       OndRegisterFlags   flags,
                                       GError           **error);

/* Deletes a record (a control with its partners). OND_STORE_ERROR_NOT_FOUND when it does
 * not exist. */
gboolean    ond_store_delete_control   (OndStore         *self,
                                        gint64            id,
                                        GError          **error);
gboolean    ond_store_delete_measure   (OndStore         *self,
                                        gint64            id,
                                        GError          **error);
gboolean    ond_store_delete_stop_talk (OndStore         *self,
                                        gint64            id,
                                        GError          **error);
gboolean    ond_store_delete_activity  (OndStore         *self,
                                        gint64            id,
                                        GError          **error);

/* Undo of a delete: puts a record that was read before it was deleted back with its own
 * id (and, for a control, its partners). The same checks as a save apply, except the
 * plan period (the user confirmed it when the record was made); an id in use fails with
 * OND_STORE_ERROR_INVALID. Returns the id, or 0 with @error set. */
gint64      ond_store_restore_control   (OndStore        *self,
                                         OndControl      *control,
                                         GError         **error);
gint64      ond_store_restore_measure   (OndStore        *self,
                                         OndMeasure      *measure,
                                         GError         **error);
gint64      ond_store_restore_stop_talk (OndStore        *self,
                                         OndStopTalk     *stop_talk,
                                         GError         **error);
gint64      ond_store_restore_activity  (OndStore        *self,
                                         OndActivity     *activity,
                                         GError         **error);

G_END_DECLS
