/* ond-case-intervention.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseIntervention: an intervention of the menukaart that a case gets (a case_intervention
 * row), with the partner that carries it out, its dates, status and note.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_CASE_INTERVENTION (ond_case_intervention_get_type ())
G_DECLARE_FINAL_TYPE (OndCaseIntervention, ond_case_intervention, OND, CASE_INTERVENTION, GObject)

OndCaseIntervention *ond_case_intervention_new                   (gint64      id,
                                                                  gint64      case_id,
                                                                  gint64      intervention_id,
                                                                  const char *intervention_name,
                                                                  gint64      partner_id,
                                                                  const char *partner_name,
                                                                  const char *planned_date,
                                                                  const char *follow_up_date,
                                                                  const char *status,
                                                                  const char *status_label,
                                                                  const char *note,
                                                                  gint64      row_version)
                                                                  G_GNUC_WARN_UNUSED_RESULT;
gint64               ond_case_intervention_get_id                (OndCaseIntervention *self);
gint64               ond_case_intervention_get_case_id           (OndCaseIntervention *self);
gint64               ond_case_intervention_get_intervention_id   (OndCaseIntervention *self);
const char          *ond_case_intervention_get_intervention_name (OndCaseIntervention *self);
gint64               ond_case_intervention_get_partner_id        (OndCaseIntervention *self);
const char          *ond_case_intervention_get_partner_name      (OndCaseIntervention *self);
const char          *ond_case_intervention_get_planned_date      (OndCaseIntervention *self);
const char          *ond_case_intervention_get_follow_up_date    (OndCaseIntervention *self);
const char          *ond_case_intervention_get_status            (OndCaseIntervention *self);
const char          *ond_case_intervention_get_status_label      (OndCaseIntervention *self);
const char          *ond_case_intervention_get_note              (OndCaseIntervention *self);
gint64               ond_case_intervention_get_row_version       (OndCaseIntervention *self);

G_END_DECLS
