/* ond-store-partners.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the partners and the interventie menukaart (ond-store-partners.c,
 * ond-store-partners-order.c, ond-store-menukaart.c). Both are shared by every plan. Every
 * change is one transaction; a refused change writes nothing.
 *
 * Rules checked before anything is written. A refusal about one field is in OND_PLAN_ERROR,
 * its code naming that field, so a form can show the message next to it:
 * - NAME: a partner and an intervention have a name, not blank and unique among the
 *   partners (the interventions) apart from case and accents; retired ones count too.
 * - SHORT_NAME: a partner has a short name, not blank and unique among the partners apart
 *   from case and accents (the menukaart, the case lists and the case workflow name a
 *   partner by it).
 * - KIND: a partner's kind is a code of partner_kind ("gemeentelijk", "extern", "riec").
 * - PARTNER: a cell of the menukaart names a partner that exists; a cell is only set (a
 *   partner can carry the intervention out) for a partner that is not retired.
 * - IN_USE (no field: a delete): a partner that a theme (owner), an action (owner), the
 *   menukaart, a case (lead partner), a case's intervention or a control refers to cannot
 *   be deleted, nor an intervention that a case's intervention refers to: they can be
 *   retired instead. Retired means: kept on every record that names it and in the lists of
 *   what was, and no longer offered for new records.
 * Refusals that are about no field stay in OND_STORE_ERROR: a partner or intervention that
 * does not exist (NOT_FOUND), a read-only file (READ_ONLY), a restore whose id is taken
 * (INVALID); and database errors.
 *
 * Order: ond_store_list_partners() gives the partners in one order (position); the window
 * shows them by kind, so a partner moves up or down among the partners of its kind. A new
 * partner or intervention comes last.
 */

#pragma once

#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-plan-error.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The fields of a partner as a form gives them. Texts are trimmed by the store; NULL is
 * blank. */
typedef struct
{
  const char *name;
  const char *short_name;
  const char *kind;           /* a code of partner_kind */
  gboolean    regiegroep;     /* a member of the regiegroep */
  const char *contact_role;   /* optional */
} OndPartnerFields;

/* Partners (ond-store-partners.c). */
gint64   ond_store_add_partner              (OndStore                *self,
                                             const OndPartnerFields  *fields,
                                             GError                 **error);
gboolean ond_store_update_partner           (OndStore                *self,
                                             gint64                   partner_id,
                                             const OndPartnerFields  *fields,
                                             GError                 **error);
/* Saves an edit opened with *@row_version like ond_store_update_partner (), only while the
 * row still has that version (OND_STORE_ERROR_CONFLICT when someone else changed it since,
 * ond-store-migration-10.c); on success *@row_version is the row's new version. */
gboolean ond_store_save_partner_edit        (OndStore                *self,
                                             gint64                   partner_id,
                                             gint64                  *row_version,
                                             const OndPartnerFields  *fields,
                                             GError                 **error);
gboolean ond_store_set_partner_retired      (OndStore                *self,
                                             gint64                   partner_id,
                                             gboolean                 retired,
                                             GError                 **error);
/* Moves a partner one place up (@steps -1) or down (+1) among the partners of its kind;
 * the first (last) of its kind stays where it is. */
gboolean ond_store_move_partner             (OndStore                *self,
                                             gint64                   partner_id,
                                             int                      steps,
                                             GError                 **error);
/* Whether ond_store_delete_partner() would delete the partner: FALSE with the error it
 * would give (%OND_PLAN_ERROR_IN_USE, %OND_STORE_ERROR_NOT_FOUND); writes nothing. A window
 * asks this first, to offer Delete or Retire. */
gboolean ond_store_check_partner_unused     (OndStore                *self,
                                             gint64                   partner_id,
                                             GError                 **error);
gboolean ond_store_delete_partner           (OndStore                *self,
                                             gint64                   partner_id,
                                             GError                 **error);
gint64   ond_store_restore_partner          (OndStore                *self,
                                             OndPartner              *partner,
                                             GError                 **error);

/* The menukaart (ond-store-menukaart.c). */
gint64   ond_store_add_intervention         (OndStore                *self,
                                             const char              *name,
                                             GError                 **error);
gboolean ond_store_rename_intervention      (OndStore                *self,
                                             gint64                   intervention_id,
                                             const char              *name,
                                             GError                 **error);
/* A rename opened with *@row_version: OND_STORE_ERROR_CONFLICT when someone else changed the
 * intervention since (ond-store-migration-12.c); on success *@row_version is the new one. */
gboolean ond_store_rename_intervention_edit (OndStore                *self,
                                             gint64                   intervention_id,
                                             gint64                  *row_version,
                                             const char              *name,
                                             GError                 **error);
gboolean ond_store_set_intervention_retired (OndStore                *self,
                                             gint64                   intervention_id,
                                             gboolean                 retired,
                                             GError                 **error);
/* As ond_store_check_partner_unused(), for an intervention. */
gboolean ond_store_check_intervention_unused (OndStore               *self,
                                             gint64                   intervention_id,
                                             GError                 **error);
gboolean ond_store_delete_intervention      (OndStore                *self,
                                             gint64                   intervention_id,
                                             GError                 **error);
gint64   ond_store_restore_intervention     (OndStore                *self,
                                             OndIntervention         *intervention,
                                             GError                 **error);
/* Sets one cell of the matrix: whether @partner_id can carry out @intervention_id. */
gboolean ond_store_set_menukaart_cell       (OndStore                *self,
                                             gint64                   intervention_id,
                                             gint64                   partner_id,
                                             gboolean                 can,
                                             GError                 **error);

G_END_DECLS
