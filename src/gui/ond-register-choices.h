/* ond-register-choices.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The choices the register editor offers (ond-register-editor.c): areas, themes, planning
 * rows and partners read from the store into combo rows and check buttons, with the ids
 * behind them; and the case of a reference. A choice that is retired or belongs to another
 * plan is still offered to the record that has it, so that saving a record unchanged never
 * changes it. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* Each fills @row with "none" (@none_label) and then the choices; @ids receives the id
 * behind each position (0 for "none"). */
gboolean  ond_register_choices_areas      (AdwComboRow     *row,
                                           GArray          *ids,
                                           OndStore        *store,
                                           gint64           keep_id,
                                           GError         **error);
gboolean  ond_register_choices_themes     (AdwComboRow     *row,
                                           GArray          *ids,
                                           OndStore        *store,
                                           OndPlan         *plan,
                                           gint64           keep_id,
                                           const char      *keep_name,
                                           GError         **error);
gboolean  ond_register_choices_plan_items (AdwComboRow     *row,
                                           GArray          *ids,
                                           OndStore        *store,
                                           OndPlan         *plan,
                                           gint64           keep_id,
                                           const char      *keep_text,
                                           GError         **error);
/* Adds a row with a check button per partner (not retired, or among @keep_ids) to
 * @expander; @checks receives the check buttons and @ids their partners. */
gboolean  ond_register_choices_partners   (AdwExpanderRow  *expander,
                                           GPtrArray       *checks,
                                           GArray          *ids,
                                           OndStore        *store,
                                           const gint64    *keep_ids,
                                           guint            n_keep,
                                           GError         **error);

/* The case of a reference as typed (0 for ""); OND_REGISTER_ERROR_CASE when there is none. */
gboolean  ond_register_choices_find_case  (OndStore        *store,
                                           const char      *reference,
                                           gint64          *case_id,
                                           GError         **error);

gint64    ond_register_choices_get_id     (AdwComboRow     *row,
                                           GArray          *ids);
void      ond_register_choices_select_id  (AdwComboRow     *row,
                                           GArray          *ids,
                                           gint64           id);

G_END_DECLS
