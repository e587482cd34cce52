/* ond-pillar-view-explanation.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The explanation card of OndPillarView: under the objective, the pillar's explanation for
 * the council (for every year: ond-store-explanations.h), with a button that opens an
 * OndExplanationDialog to write it. */

#define G_LOG_DOMAIN "ond-pillar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-explanation-dialog.h"
#include "ond-form-field.h"
#include "ond-pillar-view-private.h"

/* The pillar's explanation for the council, for every year; "No explanation yet" without
 * one. */
void
_ond_pillar_view_load_explanation (OndPillarView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) explanation = NULL;

  if (self->pillar != NULL && self->plan != NULL && self->store != NULL &&
      !ond_store_get_explanation (self->store, ond_plan_get_id (self->plan),
                                  OND_EXPLANATION_PILLAR, ond_pillar_get_id (self->pillar), 0,
                                  &explanation, &error))
    _ond_pillar_view_report_error (self, error);

  gtk_label_set_label (self->explanation_label,
                       explanation != NULL ? explanation->text : _("No explanation yet"));
  if (explanation != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  ond_form_set_button_label (self->explanation_button,
                             explanation != NULL ? _("_Edit Explanation…")
                                                 : _("_Write Explanation…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->explanation_button),
                               _("The explanation of this pillar for the council report"));
}

/* The action pillar.edit-explanation: the form of the pillar's explanation for every
 * year. */
static void
edit_explanation (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  OndPillarView *self = OND_PILLAR_VIEW (widget);
  OndExplanationDialog *dialog;

  if (self->pillar == NULL || self->plan == NULL || self->store == NULL)
    return;
  dialog = ond_explanation_dialog_new (widget, self->store, ond_plan_get_id (self->plan),
                                       OND_EXPLANATION_PILLAR, ond_pillar_get_id (self->pillar),
                                       0, ond_pillar_get_title (self->pillar));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ond_pillar_view_class_explanation_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pillar.edit-explanation", NULL,
                                   edit_explanation);
}
