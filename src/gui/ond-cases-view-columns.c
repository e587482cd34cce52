/* ond-cases-view-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of the case list: their cells, and which one the user sorted by. The list
 * sorts in SQL, so the columns' sorters only say what the user chose.
 *
 * GTK 4.8 has no public API to ask a GtkColumnView which column the user sorted by. Each
 * column has a sorter of its own that never sorts anything: when the view's sorter changes,
 * it is asked to compare two probe items, and the first column sorter it consults (the
 * primary one) notes which column it is; the sign of the answer gives the order. */

#define G_LOG_DOMAIN "ond-cases-view"

#include "config.h"

#include "ond-case.h"
#include "ond-cases-view-private.h"
#include "ond-date.h"

/* Cells of the list. */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndCasesView             *self)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   "single-line-mode", TRUE,
                                   NULL);

  gtk_list_item_set_child (list_item, label);
}

static void
set_cell (GtkListItem *list_item,
          const char  *text)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text != NULL && text[0] != '\0' ? text : NULL);
}

static void
set_date_cell (GtkListItem *list_item,
               const char  *iso)
{
  g_autofree char *text = ond_date_format (iso);

  set_cell (list_item, text);
}

#define CASE_OF(list_item) (OND_CASE (gtk_list_item_get_item (list_item)))

static void
bind_reference_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_reference (CASE_OF (list_item)));
}

static void
bind_received_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  OndCasesView             *self)
{
  set_date_cell (list_item, ond_case_get_date_received (CASE_OF (list_item)));
}

static void
bind_theme_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_theme_name (CASE_OF (list_item)));
}

static void
bind_source_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_source_label (CASE_OF (list_item)));
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_status_label (CASE_OF (list_item)));
}

static void
bind_lead_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_lead_partner_name (CASE_OF (list_item)));
}

static void
bind_follow_up_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   OndCasesView             *self)
{
  set_date_cell (list_item, ond_case_get_next_follow_up (CASE_OF (list_item)));
}

/* Sorting. */

static int
probe_column (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  OndCasesViewColumnProbe *probe = user_data;
  OndCasesView *self = probe->self;

  /* Nothing else ever sorts with these sorters; answer "equal" if something does. */
  if (!self->probing)
    return GTK_ORDERING_EQUAL;

  if (self->probed_sort < 0)
    self->probed_sort = (int) probe->sort;
  return GTK_ORDERING_SMALLER;
}

void
_ond_cases_view_apply_sort (OndCasesView *self)
{
  if (self->cases != NULL)
    ond_case_list_set_sort (self->cases, self->sort, self->descending);
}

static void
on_sorter_changed_cb (OndCasesView    *self,
                      GtkSorterChange  change,
                      GtkSorter       *sorter)
{
  GtkOrdering order;
  int probe_a = 0, probe_b = 0;

  self->probing = TRUE;
  self->probed_sort = -1;
  order = gtk_sorter_compare (sorter, &probe_a, &probe_b);
  self->probing = FALSE;

  if (self->probed_sort < 0)
    {
      /* No column chosen: the newest cases first. */
      self->sort = OND_CASE_SORT_REFERENCE;
      self->descending = TRUE;
    }
  else
    {
      self->sort = (OndCaseSort) self->probed_sort;
      self->descending = order == GTK_ORDERING_LARGER;
    }

  _ond_cases_view_apply_sort (self);
}

void
_ond_cases_view_class_columns_init (OndCasesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_reference_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_received_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_theme_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_lead_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_follow_up_cb);
}

void
_ond_cases_view_columns_init (OndCasesView *self)
{
  GtkCustomSorter *sorters[OND_CASES_VIEW_N_COLUMNS];

  sorters[OND_CASE_SORT_REFERENCE] = self->reference_sorter;
  sorters[OND_CASE_SORT_RECEIVED] = self->received_sorter;
  sorters[OND_CASE_SORT_THEME] = self->theme_sorter;
  sorters[OND_CASE_SORT_SOURCE] = self->source_sorter;
  sorters[OND_CASE_SORT_STATUS] = self->status_sorter;
  sorters[OND_CASE_SORT_LEAD_PARTNER] = self->lead_sorter;
  sorters[OND_CASE_SORT_NEXT_FOLLOW_UP] = self->follow_up_sorter;
  for (guint i = 0; i < OND_CASES_VIEW_N_COLUMNS; i++)
    {
      self->probes[i] = (OndCasesViewColumnProbe) { self, (OndCaseSort) i };
      gtk_custom_sorter_set_sort_func (sorters[i], probe_column, &self->probes[i], NULL);
    }
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  /* The newest cases first, with the arrow in the header to say so. */
  gtk_column_view_sort_by_column (self->column_view, self->reference_column,
                                  GTK_SORT_DESCENDING);
}
