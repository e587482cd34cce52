/* ond-pillar-view-explanation.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The explanation card of OndPillarView: under the objective, the pillar's explanation for
 * the council (ond-store-explanations.h), for every year or for one year of the plan as the
 * card's year choice says, with a button that opens an OndExplanationDialog to write it.
 * The report of a year prints the pillar's explanation for that year, else the one for
 * every year; the card says which one a year's report would print. */

#define G_LOG_DOMAIN "ond-pillar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-explanation-dialog.h"
#include "ond-form-field.h"
#include "ond-pillar-view-private.h"

/* The year chosen: 0 for every year. */
static int
chosen_year (OndPillarView *self)
{
  guint selected = gtk_drop_down_get_selected (self->explanation_year);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 ||
      self->explanation_first_year == 0)
    return 0;
  return self->explanation_first_year + (int) selected - 1;
}

/* "Every year" and the plan's years; keeps the year chosen when the plan still has it. */
static void
update_years (OndPillarView *self)
{
  int first = self->plan != NULL ? ond_plan_get_first_year (self->plan) : 0;
  int last = self->plan != NULL ? ond_plan_get_last_year (self->plan) : 0;
  int year = chosen_year (self);
  g_autoptr(GtkStringList) years = NULL;

  if (first == self->explanation_first_year && last == self->explanation_last_year &&
      gtk_drop_down_get_model (self->explanation_year) != NULL)
    return;

  years = gtk_string_list_new (NULL);
  gtk_string_list_append (years, _("Every year"));
  for (int y = first; first != 0 && y <= last; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d", y);

      gtk_string_list_append (years, label);
    }
  self->explanation_first_year = first;
  self->explanation_last_year = last;
  gtk_drop_down_set_model (self->explanation_year, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->explanation_year,
                              year >= first && year <= last && year != 0 ?
                              (guint) (year - first + 1) : 0);
}

static OndExplanation *
get_explanation (OndPillarView *self,
                 int            year)
{
  g_autoptr(GError) error = NULL;
  OndExplanation *explanation = NULL;

  if (!ond_store_get_explanation (self->store, ond_plan_get_id (self->plan),
                                  OND_EXPLANATION_PILLAR, ond_pillar_get_id (self->pillar),
                                  year, &explanation, &error))
    _ond_pillar_view_report_error (self, error);
  return explanation;
}

/* The pillar's explanation for the year chosen; "No explanation yet" without one, or for a
 * year without its own, which one the report of that year prints. */
void
_ond_pillar_view_load_explanation (OndPillarView *self)
{
  g_autoptr(OndExplanation) explanation = NULL;
  g_autoptr(OndExplanation) every_year = NULL;
  g_autofree char *text = NULL;
  int year;

  update_years (self);
  year = chosen_year (self);

  if (self->pillar != NULL && self->plan != NULL && self->store != NULL)
    {
      explanation = get_explanation (self, year);
      if (explanation == NULL && year != 0)
        every_year = get_explanation (self, 0);
    }

  if (explanation != NULL)
    text = g_strdup (explanation->text);
  else if (every_year != NULL)
    /* Translators: %d is a year; the explanation for every year follows. */
    text = g_strdup_printf (_("None of its own for %d; its report prints the one for every "
                              "year: %s"), year, every_year->text);
  else
    text = g_strdup (_("No explanation yet"));

  gtk_label_set_label (self->explanation_label, text);
  if (explanation != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  ond_form_set_button_label (self->explanation_button,
                             explanation != NULL ? _("_Edit Explanation…")
                                                 : _("_Write Explanation…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->explanation_button),
                               year == 0 ?
                               _("The explanation of this pillar for the council report") :
                               _("The explanation of this pillar for the council report of "
                                 "the year chosen"));
}

/* The action pillar.edit-explanation: the form of the pillar's explanation for the year
 * chosen. */
static void
edit_explanation (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  OndPillarView *self = OND_PILLAR_VIEW (widget);
  OndExplanationDialog *dialog;
  g_autofree char *heading = NULL;
  int year = chosen_year (self);

  if (self->pillar == NULL || self->plan == NULL || self->store == NULL)
    return;
  heading = year == 0 ? g_strdup (ond_pillar_get_title (self->pillar)) :
            /* Translators: a pillar's title and a year: "Pijler 2: ... — 2024". */
            g_strdup_printf (_("%s — %d"), ond_pillar_get_title (self->pillar), year);
  dialog = ond_explanation_dialog_new (widget, self->store, ond_plan_get_id (self->plan),
                                       OND_EXPLANATION_PILLAR, ond_pillar_get_id (self->pillar),
                                       year, heading);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_year_chosen_cb (OndPillarView *self)
{
  _ond_pillar_view_load_explanation (self);
}

void
_ond_pillar_view_init_explanation (OndPillarView *self)
{
  _ond_pillar_view_load_explanation (self);
  g_signal_connect_swapped (self->explanation_year, "notify::selected",
                            G_CALLBACK (on_year_chosen_cb), self);
}

void
_ond_pillar_view_class_explanation_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pillar.edit-explanation", NULL,
                                   edit_explanation);
}
