/* ond-measure.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeasure: a bestuurlijke maatregel (administrative measure) of the register
 * "Controles & maatregelen". One row of the table measure. Immutable but for its
 * row version (ond-store-migration-11.c).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_MEASURE (ond_measure_get_type ())
G_DECLARE_FINAL_TYPE (OndMeasure, ond_measure, OND, MEASURE, GObject)

/* @kind: a measure_kind code ("waarschuwing", "sluiting", "last_onder_dwangsom",
 * "dwangsombesluit", "intrekking_vergunning", "overig"); @domain: a measure_domain code
 * ("softdrugs", "harddrugs", "drugsdealen", "mensenhandel", "overig"). Labels, the area
 * name and the case reference may be NULL (the store fills them when it reads).
 * @area_id and @case_id: 0 = none. */
OndMeasure *ond_measure_new                (gint64      id,
                                            const char *date,
                                            const char *kind,
                                            const char *kind_label,
                                            const char *domain,
                                            const char *domain_label,
                                            const char *legal_basis,
                                            gint64      area_id,
                                            const char *area_name,
                                            gint64      case_id,
                                            const char *case_reference) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_measure_get_id             (OndMeasure *self);
/* The row version read with the record (optimistic locking, ond-store-migration-11.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64      ond_measure_get_row_version    (OndMeasure *self);
void        ond_measure_set_row_version    (OndMeasure *self,
                                            gint64      row_version);
const char *ond_measure_get_date           (OndMeasure *self);
const char *ond_measure_get_kind           (OndMeasure *self);
const char *ond_measure_get_kind_label     (OndMeasure *self);
const char *ond_measure_get_domain         (OndMeasure *self);
const char *ond_measure_get_domain_label   (OndMeasure *self);
const char *ond_measure_get_legal_basis    (OndMeasure *self);   /* e.g. "art. 13b Opiumwet" */
gint64      ond_measure_get_area_id        (OndMeasure *self);
const char *ond_measure_get_area_name      (OndMeasure *self);
gint64      ond_measure_get_case_id        (OndMeasure *self);
const char *ond_measure_get_case_reference (OndMeasure *self);   /* "" when none */
const char *ond_measure_get_search_text    (OndMeasure *self);

G_END_DECLS
