/* ond-planning-view-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress above the planning: a card for the whole plan, each pillar and each theme,
 * counted by ond_plan_progress_count() from the planning rows (of the year chosen) and the
 * plan's actions. A card says how many planning rows are done of those that count, how many
 * are overdue, and how many actions are done; a level bar shows the share of planning rows
 * done (of actions, where the card has no planning rows). Which rows belong to a pillar is
 * written in ond-plan-progress.h: the rows with a theme are pillar 1's. */

#define G_LOG_DOMAIN "ond-planning-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-pillar.h"
#include "ond-plan-progress.h"
#include "ond-planning-view-private.h"
#include "ond-theme.h"

/* "Planning: 2 of 15 done (13 %)", or that there are none. */
static char *
describe_counts (const OndPlanProgressCounts *counts,
                 gboolean                     planning)
{
  guint counted = ond_plan_progress_counts_get_counted (counts);
  guint done = ond_plan_progress_counts_get_done (counts);

  if (counts->total == 0)
    return g_strdup (planning ? _("Planning: no rows") : _("Actions: none"));
  if (counted == 0)
    return g_strdup (planning ? _("Planning: every row dropped") :
                     _("Actions: every action dropped"));
  if (planning)
    /* Translators: a progress card: planning rows done of those that count (dropped rows do
     * not), and the percentage, e.g. "Planning: 2 of 15 done (13 %)". */
    return g_strdup_printf (_("Planning: %u of %u done (%d %%)"),
                            done, counted, ond_plan_progress_counts_get_percent (counts));
  /* Translators: a progress card: actions done of those that count (dropped ones do not),
   * and the percentage, e.g. "Actions: 3 of 28 done (10 %)". */
  return g_strdup_printf (_("Actions: %u of %u done (%d %%)"),
                          done, counted, ond_plan_progress_counts_get_percent (counts));
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "use-markup", FALSE,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_card (OndPlanningView       *self,
          const char            *title,
          const char            *tooltip,
          const OndPlanProgress *progress)
{
  g_autofree char *planning = describe_counts (&progress->planning, TRUE);
  g_autofree char *actions = describe_counts (&progress->actions, FALSE);
  g_autofree char *meter_name = NULL;
  const OndPlanProgressCounts *shown = progress->planning.total > 0 ? &progress->planning :
                                                                     &progress->actions;
  int percent = ond_plan_progress_counts_get_percent (shown);
  GtkWidget *card = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 4,
                                  "margin-top", 8,
                                  "margin-bottom", 8,
                                  "margin-start", 10,
                                  "margin-end", 10,
                                  NULL);
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *child;
  GtkWidget *bar;

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_tooltip_text (frame, tooltip);
  gtk_box_append (GTK_BOX (frame), card);
  gtk_box_append (GTK_BOX (card), new_label (title, "heading"));

  bar = gtk_level_bar_new_for_interval (0, 100);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (percent, 0));
  /* Translators: the accessible name of a progress card's bar, e.g. "Drugs: 13 % done". */
  meter_name = g_strdup_printf (_("%s: %d %% done"), title, MAX (percent, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, meter_name,
                                  -1);
  gtk_box_append (GTK_BOX (card), bar);

  gtk_box_append (GTK_BOX (card), new_label (planning, "caption"));
  if (progress->planning.overdue > 0)
    {
      g_autofree char *overdue = NULL;
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      /* Translators: a progress card: planning rows past their period and not done. */
      overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                              progress->planning.overdue),
                                 progress->planning.overdue);
      gtk_box_append (GTK_BOX (line), g_object_new (GTK_TYPE_IMAGE,
                                                    "icon-name", "dialog-warning-symbolic",
                                                    "accessible-role",
                                                    GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                    NULL));
      gtk_box_append (GTK_BOX (line), new_label (overdue, "caption"));
      gtk_widget_add_css_class (line, "warning");
      gtk_box_append (GTK_BOX (card), line);
    }
  gtk_box_append (GTK_BOX (card), new_label (actions, "caption"));

  gtk_flow_box_append (self->progress_box, frame);
  /* Information, not a control: the keyboard passes by. */
  child = gtk_widget_get_parent (frame);
  gtk_widget_set_focusable (child, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
clear_cards (OndPlanningView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->progress_box))) != NULL)
    gtk_flow_box_remove (self->progress_box, child);
}

void
_ond_planning_view_update_progress (OndPlanningView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) themes = NULL;
  int year = _ond_planning_view_get_year (self);
  g_autofree char *heading = NULL;
  OndPlanProgress progress;
  gint64 plan_id;

  if (year != 0)
    /* Translators: the heading of the progress cards when one year is chosen, e.g.
     * "_Progress per pillar and theme in 2024"; the planning rows counted are that year's. */
    heading = g_strdup_printf (_("_Progress per pillar and theme in %d"), year);
  else
    heading = g_strdup (_("_Progress per pillar and theme"));
  gtk_expander_set_label (self->progress_expander, heading);
  clear_cards (self);
  if (self->store == NULL || self->plan == NULL || self->today == NULL)
    return;

  plan_id = ond_plan_get_id (self->plan);
  actions = ond_store_list_actions (self->store, plan_id, &error);
  if (actions != NULL)
    pillars = ond_store_list_pillars (self->store, plan_id, &error);
  if (pillars != NULL)
    themes = ond_store_list_themes (self->store, plan_id, &error);
  if (themes == NULL)
    {
      _ond_planning_view_report_error (self, error);
      return;
    }

  ond_plan_progress_count (self->items, actions, OND_PLAN_PROGRESS_PLAN, 0, year, self->today,
                           &progress);
  add_card (self, _("Whole plan"), _("Every planning row and every action of the plan"),
            &progress);

  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);
      g_autofree char *title = NULL;
      int number = ond_pillar_get_number (pillar);

      ond_plan_progress_count (self->items, actions, OND_PLAN_PROGRESS_PILLAR, number, year,
                               self->today, &progress);
      /* Translators: the title of a pillar's progress card, e.g. "Pillar 1". */
      title = g_strdup_printf (_("Pillar %d"), number);
      add_card (self, title, ond_pillar_get_name (pillar), &progress);
    }

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      const char *short_name = ond_theme_get_short_name (theme);

      ond_plan_progress_count (self->items, actions, OND_PLAN_PROGRESS_THEME,
                               ond_theme_get_id (theme), year, self->today, &progress);
      add_card (self, short_name != NULL && *short_name != '\0' ? short_name :
                ond_theme_get_name (theme), ond_theme_get_name (theme), &progress);
    }
}
