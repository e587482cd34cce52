/* ond-funding.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndFunding: money a plan has for one year from one source, optionally earmarked for
 * some budget lines.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_FUNDING (ond_funding_get_type ())
G_DECLARE_FINAL_TYPE (OndFunding, ond_funding, OND, FUNDING, GObject)

OndFunding   *ond_funding_new              (gint64        id,
                                            int           year,
                                            const char   *source,
                                            const char   *source_label,
                                            gint64        amount,
                                            const char   *earmark,
                                            const gint64 *line_ids,
                                            guint         n_line_ids) G_GNUC_WARN_UNUSED_RESULT;
gint64        ond_funding_get_id           (OndFunding   *self);
int           ond_funding_get_year         (OndFunding   *self);
const char   *ond_funding_get_source       (OndFunding   *self);
const char   *ond_funding_get_source_label (OndFunding   *self);
gint64        ond_funding_get_amount       (OndFunding   *self);
const char   *ond_funding_get_earmark      (OndFunding   *self);
const gint64 *ond_funding_get_line_ids     (OndFunding   *self,
                                            guint        *n);
gboolean      ond_funding_may_pay_for      (OndFunding   *self,
                                            gint64        line_id);
/* The row version read with the funding (optimistic locking, ond-store-migration-9.c). */
gint64        ond_funding_get_row_version  (OndFunding   *self);
void          ond_funding_set_row_version  (OndFunding   *self,
                                            gint64        row_version);

G_END_DECLS
