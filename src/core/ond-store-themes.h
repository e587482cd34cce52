/* ond-store-themes.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The themes of a plan (ond-store-themes.c): their owners (theme_owner), set as one ordered
 * list, and what the other sections hold about each theme.
 *
 * Rules of the owners (a refusal in OND_PLAN_ERROR_OWNER writes nothing): each is a partner
 * that exists, none is named twice, and none is retired, unless it was an owner of the
 * theme already (a partner retired later stays where it was; it is not offered anew). A
 * theme may have no owner. A theme that does not exist is OND_STORE_ERROR_NOT_FOUND.
 *
 * The counts are of records that name the theme: the open cases (not closed nor
 * dismissed, not deleted); the administrative measures taken on those cases and on the
 * theme's closed ones (a measure has no theme of its own: only one linked to a case has
 * one); the registered activities of the theme. Controls name no theme and no case, so they
 * are not counted per theme.
 */

#pragma once

#include "ond-plan-error.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint open_cases;
  guint measures;
  guint activities;
} OndThemeCounts;

/* Makes @partner_ids (in that order) the owners of @theme_id. */
gboolean  ond_store_set_theme_owners (OndStore        *self,
                                      gint64           theme_id,
                                      const gint64    *partner_ids,
                                      guint            n_partners,
                                      GError         **error);
/* The same for an edit opened with *@row_version (the theme's, 0: not checked):
 * OND_STORE_ERROR_CONFLICT when someone else changed the owners since
 * (ond-store-migration-12.c); on success *@row_version is the theme's new version. */
gboolean  ond_store_set_theme_owners_edit (OndStore        *self,
                                           gint64           theme_id,
                                           gint64          *row_version,
                                           const gint64    *partner_ids,
                                           guint            n_partners,
                                           GError         **error);
gboolean  ond_store_count_theme      (OndStore        *self,
                                      gint64           theme_id,
                                      OndThemeCounts  *counts,
                                      GError         **error);

G_END_DECLS
