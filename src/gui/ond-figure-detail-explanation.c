/* ond-figure-detail-explanation.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The explanation card of a figure's detail: the figure's explanation for the council in
 * the year shown (the reporting year), a button that writes or edits it in an
 * OndExplanationDialog, and, when the figure is behind its target (status BEHIND or
 * FAR_BEHIND, ond-figures.h) without an explanation, the warning that the council report
 * will flag it. */

#define G_LOG_DOMAIN "ond-figure-detail-explanation"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-explanation-dialog.h"
#include "ond-figure-detail-private.h"
#include "ond-form-field.h"
#include "ond-indicator.h"

/* The id of the figure's indicator, 0 when there is none. */
static gint64
find_indicator (OndFigureDetail  *self,
                GError          **error)
{
  g_autoptr(GListModel) indicators = ond_store_list_indicators (self->store, error);
  const char *code = ond_figure_get_code (self->figure);
  guint n;

  if (indicators == NULL)
    return 0;
  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (ond_indicator_get_code (indicator), code) == 0)
        return ond_indicator_get_id (indicator);
    }
  return 0;
}

static gboolean
is_behind (OndFigure *figure)
{
  OndFigureStatus status = ond_figure_get_status (figure);

  return status == OND_FIGURE_STATUS_BEHIND || status == OND_FIGURE_STATUS_FAR_BEHIND;
}

/**
 * _ond_figure_detail_load_explanation:
 * @self: an #OndFigureDetail
 *
 * Reads the figure's explanation for its reporting year and shows it, with the warning
 * when the figure is behind without one. Nothing happens without a figure, store or plan.
 */
void
_ond_figure_detail_load_explanation (OndFigureDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) explanation = NULL;
  g_autofree char *title = NULL;
  gboolean can_write;
  gint64 indicator_id;
  int year;

  if (self->figure == NULL || self->store == NULL)
    return;

  year = ond_figure_get_report_year (self->figure);
  /* Translators: the heading of a figure's explanation for the council, e.g. "Explanation
   * for the Council, 2024". */
  title = g_strdup_printf (_("Explanation for the Council, %d"), year);
  gtk_label_set_label (self->explanation_title, title);

  indicator_id = find_indicator (self, &error);
  if (error == NULL && self->plan != NULL && indicator_id != 0)
    ond_store_get_explanation (self->store, ond_plan_get_id (self->plan),
                               OND_EXPLANATION_INDICATOR, indicator_id, year, &explanation,
                               &error);
  if (error != NULL)
    _ond_figure_detail_report_error (self, "Could not read the figure's explanation", error);

  can_write = error == NULL && self->plan != NULL && indicator_id != 0 &&
              !ond_store_is_read_only (self->store);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_button), can_write);
  ond_form_set_button_label (self->explanation_button,
                             explanation != NULL ? _("_Edit Explanation…")
                                                 : _("_Write Explanation…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->explanation_button),
                               _("The explanation of this figure for the council report"));

  gtk_label_set_label (self->explanation_label,
                       explanation != NULL ? explanation->text : _("No explanation yet"));
  if (explanation != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  gtk_widget_set_visible (self->explanation_warning,
                          explanation == NULL && error == NULL && is_behind (self->figure));
}

/* Write or Edit: the form of the figure's explanation for the year shown. Its subject
 * names the figure, the year and the status: "Integrale controles 2024 — Achter". */
static void
on_explanation_clicked_cb (OndFigureDetail *self,
                           GtkButton       *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  OndExplanationDialog *dialog;
  gint64 indicator_id;
  int year;

  if (self->figure == NULL || self->store == NULL || self->plan == NULL)
    return;
  indicator_id = find_indicator (self, &error);
  if (indicator_id == 0)
    {
      if (error != NULL)
        _ond_figure_detail_report_error (self, "Could not read the indicators", error);
      return;
    }

  year = ond_figure_get_report_year (self->figure);
  /* Translators: the subject of a figure's explanation: the figure, the year and its
   * status, e.g. "Integrale controles 2024 — Behind". */
  heading = g_strdup_printf (_("%s %d — %s"), ond_figure_get_name (self->figure), year,
                             ond_figure_status_label (ond_figure_get_status (self->figure)));
  dialog = ond_explanation_dialog_new (GTK_WIDGET (self), self->store,
                                       ond_plan_get_id (self->plan),
                                       OND_EXPLANATION_INDICATOR, indicator_id, year, heading);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _ond_figure_detail_bind_explanation:
 * @widget_class: the class of #OndFigureDetail
 *
 * Binds the explanation card of the template.
 */
void
_ond_figure_detail_bind_explanation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, explanation_title);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, explanation_button);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, explanation_warning);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, explanation_label);
  gtk_widget_class_bind_template_callback (widget_class, on_explanation_clicked_cb);
}
