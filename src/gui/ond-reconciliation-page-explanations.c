/* ond-reconciliation-page-explanations.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The explanations for the council (toelichtingen, ond-store-explanations.h) on the
 * reconciliation page, the differences as the council report flags them (ond-report.h):
 * - a cost line over its budget in the year shown is explained by the line's explanation
 *   for that year: a column of the cost lines shows its start, an Explanation… button on a
 *   flagged row (or one with an explanation) writes or edits it, and a warning icon marks a
 *   flagged row without one;
 * - the year's other differences (funding against the lines, the plan's stated total,
 *   earmarks, bookings on no line dated in the year) are explained by the year's
 *   explanation: a card with its start, Write…/Edit…, and the same warning when the year
 *   has such differences and no explanation.
 * Each is written in an OndExplanationDialog; the store's change reloads the page. */

#define G_LOG_DOMAIN "ond-reconciliation-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ond-booking.h"
#include "ond-budget-line.h"
#include "ond-explanation-dialog.h"
#include "ond-form-field.h"
#include "ond-reconciliation-page-private.h"

#define LINE_KEY "ond-budget-line"

/* The plan's explanation of a subject in @year, or NULL. */
const char *
_ond_reconciliation_page_find_explanation (OndReconciliationPage *self,
                                           OndExplanationSubject  subject,
                                           gint64                 subject_id,
                                           int                    year)
{
  for (guint i = 0; self->explanations != NULL && i < self->explanations->len; i++)
    {
      const OndExplanation *e = g_ptr_array_index (self->explanations, i);

      if (e->subject == subject && e->subject_id == subject_id && e->year == year)
        return e->text;
    }
  return NULL;
}

/* The first line of @text, for a cell or a row (the whole text is its tooltip). */
char *
_ond_reconciliation_page_explanation_start (const char *text)
{
  const char *end = strchr (text, '\n');

  return end != NULL ? g_strndup (text, (gsize) (end - text)) : g_strdup (text);
}

gboolean
_ond_reconciliation_page_can_write (OndReconciliationPage *self)
{
  return self->store != NULL && self->plan != NULL && self->reconciliation != NULL &&
         !ond_store_is_read_only (self->store);
}

void
_ond_reconciliation_page_present_explanation (OndReconciliationPage *self,
                                              GtkWidget             *anchor,
                                              OndExplanationSubject  subject,
                                              gint64                 subject_id,
                                              int                    year,
                                              const char            *heading)
{
  OndExplanationDialog *dialog;

  dialog = ond_explanation_dialog_new (anchor, self->store, ond_plan_get_id (self->plan),
                                       subject, subject_id, year, heading);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The warning that the council report will flag a difference without explanation. */
GtkWidget *
_ond_reconciliation_page_new_warning (void)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, _("The council report will flag this difference as "
                                       "unexplained"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Explanation missing"),
                                  -1);
  return icon;
}

/* The column of the cost lines. */

static void
on_line_explanation_clicked_cb (GtkButton             *button,
                                OndReconciliationPage *self)
{
  OndBudgetLine *line = g_object_get_data (G_OBJECT (button), LINE_KEY);
  OndLineFigures figures = { 0 };
  g_autofree char *flag = NULL;
  g_autofree char *heading = NULL;
  const char *style = NULL;

  if (line == NULL || !_ond_reconciliation_page_can_write (self))
    return;
  if (ond_reconciliation_get_line (self->reconciliation, ond_budget_line_get_id (line),
                                   self->year, &figures))
    flag = _ond_reconciliation_line_flag (&figures, &style);
  if (flag != NULL)
    /* Translators: the subject of a cost line's explanation: the line, the year and its
     * flag, e.g. "VIK 2024 — Over-spent by € 1.000". */
    heading = g_strdup_printf (_("%s %d — %s"), ond_budget_line_get_name (line), self->year,
                               flag);
  else
    /* Translators: the subject of a cost line's explanation: the line and the year. */
    heading = g_strdup_printf (_("%s %d"), ond_budget_line_get_name (line), self->year);
  _ond_reconciliation_page_present_explanation (self, GTK_WIDGET (button),
                                                OND_EXPLANATION_BUDGET_LINE,
                                                ond_budget_line_get_id (line), self->year,
                                                heading);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndReconciliationPage    *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "hexpand", TRUE,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   "single-line-mode", TRUE,
                                   "use-markup", FALSE,
                                   NULL);
  GtkWidget *button = gtk_button_new_with_label (_("Explanation…"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_line_explanation_clicked_cb),
                           self, 0);
  gtk_box_append (GTK_BOX (box), _ond_reconciliation_page_new_warning ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndReconciliationPage    *self)
{
  OndBudgetLine *line = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *warning = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (warning);
  GtkWidget *button = gtk_widget_get_next_sibling (label);
  gint64 line_id = ond_budget_line_get_id (line);
  OndLineFigures figures = { 0 };
  const char *text = _ond_reconciliation_page_find_explanation (self,
                                                                OND_EXPLANATION_BUDGET_LINE,
                                                                line_id, self->year);
  g_autofree char *start = text != NULL ? _ond_reconciliation_page_explanation_start (text)
                                        : NULL;
  g_autofree char *name = NULL;
  gboolean flagged;

  flagged = self->reconciliation != NULL &&
            ond_reconciliation_get_line (self->reconciliation, line_id, self->year, &figures) &&
            figures.flags != OND_LINE_FLAG_NONE;

  gtk_widget_set_visible (warning, flagged && text == NULL);
  gtk_label_set_label (GTK_LABEL (label), start != NULL ? start : "");
  gtk_widget_set_tooltip_text (label, text);

  g_object_set_data_full (G_OBJECT (button), LINE_KEY, g_object_ref (line), g_object_unref);
  gtk_widget_set_visible (button, (flagged || text != NULL) && _ond_reconciliation_page_can_write (self));
  gtk_widget_set_tooltip_text (button,
                               text != NULL
                               ? _("Edit the explanation of this cost line for the council")
                               : _("Write the explanation of this cost line for the "
                                   "council"));
  /* Translators: the accessible name of a cost line's Explanation… button, e.g.
   * "Explanation of VIK, 2024". */
  name = g_strdup_printf (_("Explanation of %s, %d"), ond_budget_line_get_name (line),
                          self->year);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndReconciliationPage    *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (gtk_widget_get_last_child (box)), LINE_KEY, NULL);
}

/* The card of the year. */

/* How many of the year's differences the year's explanation explains (ond-report.h). */
static guint
count_year_differences (OndReconciliationPage *self)
{
  OndYearFigures year = { 0 };
  GPtrArray *earmarks;
  GPtrArray *bookings[2];
  guint n = 0;

  if (self->reconciliation == NULL ||
      !ond_reconciliation_get_year (self->reconciliation, self->year, &year))
    return 0;

  n += year.funding_difference != 0;
  n += year.has_stated_total && year.stated_vs_lines != 0;
  n += year.has_stated_total && year.stated_vs_funding != 0;
  earmarks = ond_reconciliation_get_earmarks (self->reconciliation);
  for (guint i = 0; i < earmarks->len; i++)
    {
      const OndEarmarkFigures *e = g_ptr_array_index (earmarks, i);

      n += e->year == self->year && e->flagged;
    }
  /* The bookings on no line dated in the year count once, as the report sums them. */
  bookings[0] = ond_reconciliation_get_unmatched (self->reconciliation);
  bookings[1] = ond_reconciliation_get_outside (self->reconciliation);
  for (guint b = 0; b < G_N_ELEMENTS (bookings); b++)
    for (guint i = 0; i < bookings[b]->len; i++)
      if (ond_booking_get_year (g_ptr_array_index (bookings[b], i)) == self->year)
        {
          n++;
          break;
        }
  return n;
}

static void
on_year_explanation_clicked_cb (GtkButton             *button,
                                OndReconciliationPage *self)
{
  g_autofree char *heading = NULL;

  if (!_ond_reconciliation_page_can_write (self))
    return;
  /* Translators: the subject of a year's explanation, e.g. "Budget differences of 2024". */
  heading = g_strdup_printf (_("Budget differences of %d"), self->year);
  _ond_reconciliation_page_present_explanation (self, GTK_WIDGET (button),
                                                OND_EXPLANATION_YEAR, 0, self->year, heading);
}

void
_ond_reconciliation_page_update_explanations (OndReconciliationPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *name = NULL;
  const char *text = NULL;
  guint n_differences = count_year_differences (self);
  gboolean missing;

  gtk_widget_set_visible (GTK_WIDGET (self->year_explanation_group),
                          self->reconciliation != NULL);
  if (self->reconciliation == NULL)
    return;

  text = _ond_reconciliation_page_find_explanation (self, OND_EXPLANATION_YEAR, 0,
                                                    self->year);
  missing = text == NULL && n_differences > 0;
  /* Translators: the heading of a year's explanation for the council, e.g. "Explanation of
   * 2024". */
  title = g_strdup_printf (_("Explanation of %d"), self->year);
  adw_preferences_group_set_title (self->year_explanation_group, title);

  start = text != NULL ? _ond_reconciliation_page_explanation_start (text) : NULL;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->year_explanation_row),
                                 start != NULL ? start : _("No explanation yet"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_explanation_row), text);
  if (missing)
    adw_action_row_set_subtitle (self->year_explanation_row,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "The council report will flag the year's "
                                              "difference as unexplained",
                                              "The council report will flag the year's "
                                              "differences as unexplained",
                                              n_differences));
  else if (n_differences == 0)
    adw_action_row_set_subtitle (self->year_explanation_row,
                                 _("The year has no differences to explain"));
  else
    adw_action_row_set_subtitle (self->year_explanation_row, "");
  gtk_widget_set_visible (self->year_explanation_warning, missing);

  gtk_widget_set_visible (GTK_WIDGET (self->year_explanation_button), _ond_reconciliation_page_can_write (self));
  ond_form_set_button_label (self->year_explanation_button,
                             text != NULL ? _("_Edit…") : _("_Write…"));
  name = text != NULL
         /* Translators: the accessible name of the button, e.g. "Edit the explanation of
          * 2024". */
         ? g_strdup_printf (_("Edit the explanation of %d"), self->year)
         /* Translators: the accessible name of the button. */
         : g_strdup_printf (_("Write the explanation of %d"), self->year);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_explanation_button), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_explanation_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

void
_ond_reconciliation_page_read_explanations (OndReconciliationPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->explanations, g_ptr_array_unref);
  if (self->reconciliation == NULL)
    return;

  self->explanations = ond_store_list_explanations (self->store, ond_plan_get_id (self->plan),
                                                    &error);
  if (self->explanations == NULL)
    {
      g_warning ("Could not read the explanations: %s", error->message);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
    }
}

void
_ond_reconciliation_page_init_explanations (OndReconciliationPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkWidget *list;
  GtkWidget *row;

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cell_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cell_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cell_cb), self, 0);
  column = gtk_column_view_column_new (_("Explanation"), g_object_ref (factory));
  gtk_column_view_column_set_fixed_width (column, 240);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->lines_view, column);

  list = g_object_new (GTK_TYPE_LIST_BOX,
                       "selection-mode", GTK_SELECTION_NONE,
                       "css-classes", (const char * const []) { "boxed-list", NULL },
                       NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Explanation of the year for the council"),
                                  -1);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title-lines", 1,
                      "subtitle-lines", 0,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      NULL);
  self->year_explanation_row = ADW_ACTION_ROW (row);
  self->year_explanation_warning = _ond_reconciliation_page_new_warning ();
  adw_action_row_add_prefix (self->year_explanation_row, self->year_explanation_warning);
  self->year_explanation_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Write…")));
  gtk_widget_set_valign (GTK_WIDGET (self->year_explanation_button), GTK_ALIGN_CENTER);
  g_signal_connect_object (self->year_explanation_button, "clicked",
                           G_CALLBACK (on_year_explanation_clicked_cb), self, 0);
  adw_action_row_add_suffix (self->year_explanation_row,
                             GTK_WIDGET (self->year_explanation_button));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_preferences_group_add (self->year_explanation_group, list);
}
