/* ond-intervention.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndIntervention: one row of the interventie menukaart, with the partners that can carry
 * it out.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_INTERVENTION (ond_intervention_get_type ())
G_DECLARE_FINAL_TYPE (OndIntervention, ond_intervention, OND, INTERVENTION, GObject)

OndIntervention *ond_intervention_new             (gint64           id,
                                                   const char      *name,
                                                   int              position,
                                                   gboolean         retired,
                                                   const char      *partners,
                                                   const gint64    *partner_ids,
                                                   guint            n_partner_ids)
                                                   G_GNUC_WARN_UNUSED_RESULT;
gint64           ond_intervention_get_id          (OndIntervention *self);
/* The row version read with the record (optimistic locking, ond-store-migration-12.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64           ond_intervention_get_row_version (OndIntervention *self);
void             ond_intervention_set_row_version (OndIntervention *self,
                                                   gint64           row_version);
const char      *ond_intervention_get_name        (OndIntervention *self);
int              ond_intervention_get_position    (OndIntervention *self);
gboolean         ond_intervention_get_retired     (OndIntervention *self);
const char      *ond_intervention_get_partners    (OndIntervention *self);
gboolean         ond_intervention_has_partner     (OndIntervention *self,
                                                   gint64           partner_id);
const gint64    *ond_intervention_get_partner_ids (OndIntervention *self,
                                                   guint           *n_partner_ids);
gboolean         ond_intervention_is_offered      (OndIntervention *self,
                                                   gint64           current_id);
void             ond_intervention_update          (OndIntervention *self,
                                                   OndIntervention *from);

G_END_DECLS
