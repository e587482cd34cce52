/* ond-print-preview.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The print preview of our documents (the council report, the meeting papers): GtkPrintOperation
 * would start an external viewer, so the print dialog's Preview shows the pages in a window of
 * ours instead, each page a drawing area named "Page N of M", at the paper size chosen, with
 * a Print… button that prints them. What a page holds is drawn by the document's own code. */

#define G_LOG_DOMAIN "ond-print-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-print-preview.h"

typedef struct
{
  GObject                 *source;
  OndPrintPreviewDrawFunc  draw;
  int                      page;
  double                   width;
  double                   height;
} PreviewPage;

typedef struct
{
  GObject                  *source;
  OndPrintPreviewPrintFunc  print;
} PreviewPrint;

static void
preview_page_free (gpointer data)
{
  PreviewPage *preview_page = data;

  g_object_unref (preview_page->source);
  g_free (preview_page);
}

static void
preview_print_free (gpointer data)
{
  PreviewPrint *preview_print = data;

  g_object_unref (preview_print->source);
  g_free (preview_print);
}

static void
draw_preview_page (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  PreviewPage *preview_page = user_data;
  double scale = MIN (width / preview_page->width, height / preview_page->height);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  preview_page->draw (preview_page->source, cr, preview_page->width, preview_page->height,
                      preview_page->page);
}

static void
on_print_clicked_cb (GtkButton    *button,
                     PreviewPrint *preview_print)
{
  GtkWindow *preview = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  GtkWindow *parent = gtk_window_get_transient_for (preview);
  g_autoptr(GObject) source = g_object_ref (preview_print->source);
  OndPrintPreviewPrintFunc print = preview_print->print;

  /* Destroying the preview frees @preview_print. */
  gtk_window_destroy (preview);
  print (source, parent);
}

/**
 * ond_print_preview_new:
 * @parent: (nullable): the window the preview belongs to
 * @title: the document's title
 * @width: a page's width in points
 * @height: a page's height in points
 * @n_pages: how many pages there are
 * @source: the document's printer, kept while the preview lives
 * @draw: draws a page of @source
 * @print: prints @source from the preview's Print… button
 *
 * Makes a modal window that shows the pages as they print.
 *
 * Returns: (transfer full): the preview window, not yet shown
 */
GtkWidget *
ond_print_preview_new (GtkWindow                *parent,
                       const char               *title,
                       double                    width,
                       double                    height,
                       int                       n_pages,
                       GObject                  *source,
                       OndPrintPreviewDrawFunc   draw,
                       OndPrintPreviewPrintFunc  print)
{
  g_autofree char *window_title = NULL;
  PreviewPrint *preview_print;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *scrolled;
  GtkWidget *pages;
  GtkWidget *button;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (G_IS_OBJECT (source), NULL);
  g_return_val_if_fail (draw != NULL && print != NULL, NULL);

  /* Translators: the title of the print preview, e.g. "Preview: Agenda". */
  window_title = g_strdup_printf (_("Preview: %s"), title);
  window = g_object_new (ADW_TYPE_WINDOW,
                         "title", window_title,
                         "transient-for", parent,
                         "modal", TRUE,
                         "default-width", (int) MIN (width, 1000) + 80,
                         "default-height", 760,
                         NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (window_title, NULL));
  button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_tooltip_text (button, _("Print these pages"));
  preview_print = g_new0 (PreviewPrint, 1);
  preview_print->source = g_object_ref (source);
  preview_print->print = print;
  g_object_set_data_full (G_OBJECT (window), "ond-preview-print", preview_print,
                          preview_print_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_print_clicked_cb), preview_print);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
  gtk_box_append (GTK_BOX (box), header);

  pages = g_object_new (GTK_TYPE_BOX,
                        "orientation", GTK_ORIENTATION_VERTICAL,
                        "spacing", 24,
                        "margin-top", 24,
                        "margin-bottom", 24,
                        "margin-start", 24,
                        "margin-end", 24,
                        "halign", GTK_ALIGN_CENTER,
                        NULL);
  for (int page = 0; page < n_pages; page++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      PreviewPage *preview_page = g_new0 (PreviewPage, 1);
      g_autofree char *label = NULL;

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int) width);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int) height);
      preview_page->source = g_object_ref (source);
      preview_page->draw = draw;
      preview_page->page = page;
      preview_page->width = width;
      preview_page->height = height;
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_preview_page,
                                      preview_page, preview_page_free);
      gtk_widget_add_css_class (area, "card");
      /* Translators: the accessible name of a page in the print preview. */
      label = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);
      gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_box_append (GTK_BOX (pages), area);
    }

  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "vexpand", TRUE,
                           "child", pages,
                           NULL);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);

  return window;
}
