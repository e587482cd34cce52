/* ond-partner.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPartner: an organisation or team that takes part in the approach.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_PARTNER (ond_partner_get_type ())
G_DECLARE_FINAL_TYPE (OndPartner, ond_partner, OND, PARTNER, GObject)

OndPartner *ond_partner_new              (gint64      id,
                                          const char *name,
                                          const char *short_name,
                                          const char *kind,
                                          const char *kind_label,
                                          gboolean    regiegroep,
                                          const char *contact_role,
                                          gboolean    retired,
                                          int         position) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_partner_get_id           (OndPartner *self);
const char *ond_partner_get_name         (OndPartner *self);
const char *ond_partner_get_short_name   (OndPartner *self);
const char *ond_partner_get_kind         (OndPartner *self);
const char *ond_partner_get_kind_label   (OndPartner *self);
gboolean    ond_partner_get_regiegroep   (OndPartner *self);
const char *ond_partner_get_contact_role (OndPartner *self);
gboolean    ond_partner_get_retired      (OndPartner *self);
int         ond_partner_get_position     (OndPartner *self);
gboolean    ond_partner_is_offered       (OndPartner   *self,
                                          const gint64 *current_ids,
                                          guint         n_current);
void        ond_partner_update           (OndPartner *self,
                                          OndPartner *from);
/* The row version read with the partner (optimistic locking, ond-store-migration-10.c). */
gint64      ond_partner_get_row_version  (OndPartner *self);
void        ond_partner_set_row_version  (OndPartner *self,
                                          gint64      row_version);

G_END_DECLS
