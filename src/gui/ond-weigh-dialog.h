/* ond-weigh-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndWeighDialog: weighing a signal (weging), a modal window: the complexity, the decision
 * and its required reason, the lead partner when the case goes to a partner, the follow-up
 * date when it needs further research. Emits "weighed" and closes when the store took it. */

#pragma once

#include <adwaita.h>

#include "ond-case.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_WEIGH_DIALOG (ond_weigh_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndWeighDialog, ond_weigh_dialog, OND, WEIGH_DIALOG, AdwWindow)

OndWeighDialog *ond_weigh_dialog_new      (GtkWindow      *parent,
                                           OndStore       *store,
                                           OndCase        *kase) G_GNUC_WARN_UNUSED_RESULT;
OndCase        *ond_weigh_dialog_get_case (OndWeighDialog *self);

G_END_DECLS
