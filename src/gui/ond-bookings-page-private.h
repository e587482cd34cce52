/* ond-bookings-page-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndBookingsPage share: ond-bookings-page.c is the page, reading the
 * store, adding, changing and importing; ond-bookings-page-list.c the columns, the search
 * and the filters; ond-bookings-page-delete.c is deleting, with the confirmation and the
 * undo, and the page's toasts. */

#pragma once

#include "ond-booking.h"
#include "ond-bookings-page.h"

G_BEGIN_DECLS

struct _OndBookingsPage
{
  AdwBin               parent_instance;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *year_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkCustomFilter     *filter;
  GtkLabel            *count_label;

  GtkColumnViewColumn *date_column;
  /* The folded words of the search; a booking matches when it has all of them. */
  GStrv                search_words;
  /* The kinds offered by the kind filter after "All kinds" (OndVocabularyEntry), and the
   * years after "All years". */
  GPtrArray           *kinds;
  GArray              *years;

  /* The booking deleted last (for Undo), its toast, and the last other toast. */
  OndBooking          *deleted;
  AdwToast            *undo_toast;
  AdwToast            *info_toast;

  /* Set when the page read the store after a change of its own: the store's ::changed
   * that follows needs no second reading. */
  gboolean             fresh;

  GListModel          *bookings;
  OndStore            *store;
  OndPlan             *plan;
};

/* ond-bookings-page.c */
void        _ond_bookings_page_report_error   (OndBookingsPage *self,
                                               const GError    *error);
GtkWindow  *_ond_bookings_page_get_window     (OndBookingsPage *self);
/* The booking with @id in the list read last (transfer full), or NULL. */
OndBooking *_ond_bookings_page_find_booking   (OndBookingsPage *self,
                                               gint64           id);
void        _ond_bookings_page_select_booking (OndBookingsPage *self,
                                               gint64           id);
/* Reads the store again after a change the page made itself. */
void        _ond_bookings_page_reload_own     (OndBookingsPage *self);

/* ond-bookings-page-list.c */
void        _ond_bookings_page_add_columns    (OndBookingsPage *self);
void        _ond_bookings_page_init_filters   (OndBookingsPage *self);
/* Shows the list, its empty state or "nothing found", and the count below the list. */
void        _ond_bookings_page_update_state   (OndBookingsPage *self);
/* The kinds of the kind filter, read from the store. */
void        _ond_bookings_page_update_kinds   (OndBookingsPage *self);
/* The years of the year filter, from the plan and the bookings read last. */
void        _ond_bookings_page_update_years   (OndBookingsPage *self);
/* The template's callbacks of the search entry and the filters. */
void        _ond_bookings_page_search_changed (OndBookingsPage *self,
                                               GtkSearchEntry  *entry);
void        _ond_bookings_page_filter_changed (OndBookingsPage *self,
                                               GParamSpec      *pspec,
                                               GtkDropDown     *dropdown);

/* ond-bookings-page-delete.c */
/* Shows @toast (transfer full); a toast of ours still shown goes first. */
void        _ond_bookings_page_add_toast      (OndBookingsPage *self,
                                               AdwToast        *toast);
/* A toast saying @format (translated, with one %s) about @booking ("12-03-2024, € 1.250,
 * Inzet communicatiemedewerker"). Transfer full. */
AdwToast   *_ond_bookings_page_new_toast      (OndBooking      *booking,
                                               const char      *format);
/* "12-03-2024, € 1.250,00, Inzet communicatiemedewerker". Transfer full. */
char       *_ond_bookings_page_describe       (OndBooking      *booking);
/* Asks whether to delete @booking; if so deletes it and offers Undo. */
void        _ond_bookings_page_confirm_delete (OndBookingsPage *self,
                                               OndBooking      *booking);
/* Drops the booking kept for Undo, and its toast. */
void        _ond_bookings_page_forget_deleted (OndBookingsPage *self);
void        _ond_bookings_page_delete_action  (GtkWidget       *widget,
                                               const char      *action_name,
                                               GVariant        *param);
void        _ond_bookings_page_delete_selected_action (GtkWidget  *widget,
                                                       const char *action_name,
                                                       GVariant   *param);

G_END_DECLS
