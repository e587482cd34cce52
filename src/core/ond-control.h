/* ond-control.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndControl: a control (controle) of the register "Controles & maatregelen": an
 * integrale controle, a control in the sex industry, DOR/DOL, garage boxes... One row of
 * the table control with its partners (control_partner). Immutable but for its row version:
 * an edit builds a new object and hands it to the store (ond-store-registers.h).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_CONTROL (ond_control_get_type ())
G_DECLARE_FINAL_TYPE (OndControl, ond_control, OND, CONTROL, GObject)

/* @id: 0 for a control not stored yet. @kind: a control_kind code ("integraal",
 * "seks_vergund", "seks_onvergund", "dor_dol", "garageboxen", "overig"); @kind_label and
 * @area_name may be NULL (the store fills them when it reads). @area_id: 0 = none.
 * @partner_ids: the partners present (n_partners ids, may be NULL when 0);
 * @partner_names: their short names joined with ", " for display (NULL = ""). */
OndControl   *ond_control_new                (gint64        id,
                                              const char   *date,
                                              const char   *kind,
                                              const char   *kind_label,
                                              gint64        area_id,
                                              const char   *area_name,
                                              gint64        businesses,
                                              gint64        signals,
                                              const gint64 *partner_ids,
                                              guint         n_partners,
                                              const char   *partner_names,
                                              const char   *note) G_GNUC_WARN_UNUSED_RESULT;
gint64        ond_control_get_id             (OndControl  *self);
/* The row version read with the record (optimistic locking, ond-store-migration-11.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64        ond_control_get_row_version    (OndControl  *self);
void          ond_control_set_row_version    (OndControl  *self,
                                              gint64       row_version);
const char   *ond_control_get_date           (OndControl  *self);   /* ISO YYYY-MM-DD */
const char   *ond_control_get_kind           (OndControl  *self);
const char   *ond_control_get_kind_label     (OndControl  *self);   /* "" when not known */
gint64        ond_control_get_area_id        (OndControl  *self);
const char   *ond_control_get_area_name      (OndControl  *self);   /* "" when none */
gint64        ond_control_get_businesses     (OndControl  *self);
gint64        ond_control_get_signals        (OndControl  *self);
const gint64 *ond_control_get_partner_ids    (OndControl  *self,
                                              guint       *n_partners);
const char   *ond_control_get_partner_names  (OndControl  *self);
const char   *ond_control_get_note           (OndControl  *self);
/* Folded (ond_text_fold) text of the date (dd-mm-jjjj and ISO), kind, area, partners and
 * note, for a search entry. */
const char   *ond_control_get_search_text    (OndControl  *self);

G_END_DECLS
