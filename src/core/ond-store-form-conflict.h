/* ond-store-form-conflict.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, ond-store-migration-12.c) of the forms that
 * save one small record: a booking (the booking editor), a figure value entered by hand, the
 * name of an intervention of the menukaart, the owners of a theme and the decision on an
 * agenda item of a casusoverleg. A save of an edit is refused (OND_STORE_ERROR_CONFLICT,
 * nothing written) when someone else changed the record since the form read it; the form
 * reads the record again (ond_store_get_booking () and the others) and lists each field that
 * differs between the version the user opened and the current one as an OndCaseChange
 * (ond-store-case-conflict.h), for the conflict dialog every edit form shares. One file per
 * record: ond-store-booking-conflict.c, ond-store-figure-conflict.c,
 * ond-store-intervention-conflict.c, ond-store-theme-conflict.c, ond-store-decision-conflict.c.
 */

#pragma once

#include "ond-booking.h"
#include "ond-intervention.h"
#include "ond-meeting-item.h"
#include "ond-store-case-conflict.h"
#include "ond-store.h"
#include "ond-theme.h"

G_BEGIN_DECLS

/* A figure value entered by hand as a form reads it: row_version 0 when the year has none. */
typedef struct
{
  gint64  row_version;
  gint64  value;
  char   *source;        /* "" when none */
} OndFigureHandValue;

void                ond_figure_hand_value_free (OndFigureHandValue *self);

/* The booking @id as it is now, with its row version, the name of its line and the label of
 * its kind; OND_STORE_ERROR_NOT_FOUND when it is gone. Transfer full. */
OndBooking         *ond_store_get_booking           (OndStore    *self,
                                                     gint64       id,
                                                     GError     **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
/* The fields of the booking editor where @current differs from @opened, with @mine's values
 * (the booking read from the form), as the form shows them: the date dd-mm-yyyy, the cost
 * line's name, the kind's label, the amount in euros. Transfer full. */
GPtrArray          *ond_store_compare_booking_edit  (OndStore    *self,
                                                     OndBooking  *opened,
                                                     OndBooking  *mine,
                                                     OndBooking  *current,
                                                     GError     **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;

/* The hand value of @code in @year as it is now (row_version 0: none). Transfer full. */
OndFigureHandValue *ond_store_get_figure_hand_value (OndStore    *self,
                                                     const char  *code,
                                                     int          year,
                                                     GError     **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
/* The value and source where @current differs from @opened ("" where there is none), with
 * the user's. Transfer full. */
GPtrArray   *ond_store_compare_figure_value_edit (const OndFigureHandValue *opened,
                                                  gint64                    value,
                                                  const char               *source,
                                                  const OndFigureHandValue *current)
                                                  G_GNUC_WARN_UNUSED_RESULT;

/* The intervention @id of the menukaart as it is now; NOT_FOUND when gone. Transfer full. */
OndIntervention *ond_store_get_intervention          (OndStore        *self,
                                                      gint64           id,
                                                      GError         **error)
                                                      G_GNUC_WARN_UNUSED_RESULT;
/* The name, when someone else changed it, with @name (the user's). Transfer full. */
GPtrArray       *ond_store_compare_intervention_edit (OndIntervention *opened,
                                                      const char      *name,
                                                      OndIntervention *current)
                                                      G_GNUC_WARN_UNUSED_RESULT;

/* The theme @id of the plan @plan_id as it is now, with its owners; NOT_FOUND when gone.
 * Transfer full. */
OndTheme  *ond_store_get_theme                 (OndStore    *self,
                                                gint64       plan_id,
                                                gint64       id,
                                                GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* "Owners" when someone else changed them: their names, and @owners (the user's names, as
 * ond_theme_get_owners () gives them). Transfer full. */
GPtrArray *ond_store_compare_theme_owners_edit (OndTheme    *opened,
                                                const char  *owners,
                                                OndTheme    *current) G_GNUC_WARN_UNUSED_RESULT;

/* The agenda item @id of the meeting @meeting_id as it is now; NOT_FOUND when gone (or its
 * case). Transfer full. */
OndMeetingItem *ond_store_get_meeting_item      (OndStore        *self,
                                                 gint64           meeting_id,
                                                 gint64           id,
                                                 GError         **error)
                                                 G_GNUC_WARN_UNUSED_RESULT;
/* The decision, when someone else recorded one, with @decision (the user's). Transfer
 * full. */
GPtrArray      *ond_store_compare_decision_edit (OndMeetingItem  *opened,
                                                 const char      *decision,
                                                 OndMeetingItem  *current)
                                                 G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndFigureHandValue, ond_figure_hand_value_free)

G_END_DECLS
