/* ond-bookings-page-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndBookingsPage share: ond-bookings-page.c is the page, reading the
 * store, adding, changing and importing; ond-bookings-page-list.c the columns and their
 * sorting, the search and the filters; ond-bookings-page-delete.c is deleting, with the
 * confirmation and the undo, and the page's toasts. */

#pragma once

#include "ond-booking.h"
#include "ond-booking-list.h"
#include "ond-bookings-page.h"

G_BEGIN_DECLS

/* The columns that sort, in the order of OndBookingSort. */
#define OND_BOOKINGS_PAGE_N_SORTS (OND_BOOKING_SORT_SUPPLIER + 1)

/* What a column's sorter says when the page asks which column the user sorted by. */
typedef struct
{
  OndBookingsPage *self;
  OndBookingSort   sort;
} OndBookingsPageProbe;

struct _OndBookingsPage
{
  AdwBin               parent_instance;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *year_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkLabel            *count_label;

  GtkColumnViewColumn *date_column;
  /* The list sorts in SQL: the columns' sorters only say which column the user chose
   * (ond-bookings-page-list.c). */
  OndBookingsPageProbe probes[OND_BOOKINGS_PAGE_N_SORTS];
  gboolean             probing;
  int                  probed_sort;
  OndBookingSort       sort;
  gboolean             descending;
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
  /* Set when the store changed while the page was hidden: it reads it again when shown. */
  gboolean             stale;

  /* The plan's bookings as shown (searched, filtered and sorted); NULL without a store and
   * a plan. */
  OndBookingList      *bookings;
  OndStore            *store;
  OndPlan             *plan;
};

/* ond-bookings-page.c */
void        _ond_bookings_page_report_error   (OndBookingsPage *self,
                                               const GError    *error);
GtkWindow  *_ond_bookings_page_get_window     (OndBookingsPage *self);
/* The booking with @id of the plan, read from the store whether the list shows it or not
 * (transfer full), or NULL. */
OndBooking *_ond_bookings_page_find_booking   (OndBookingsPage *self,
                                               gint64           id);
/* Before the list changes as a whole (a search, a filter, a sort, a reload), the view lets
 * go of it, and gets it back after: a list view of GTK 4.8 told that all its rows changed
 * (items-changed 0, n, n) looks for the rows it shows, and GtkSingleSelection for its
 * selected row, among all the rows of the new list, which would read every page of 100,000
 * bookings; a list taken away and given back is two cheap changes. The selected booking is
 * selected again by its id. */
gint64      _ond_bookings_page_detach_list    (OndBookingsPage *self);
void        _ond_bookings_page_attach_list    (OndBookingsPage *self,
                                               gint64           selected);
void        _ond_bookings_page_select_booking (OndBookingsPage *self,
                                               gint64           id);
/* Reads the store again after a change the page made itself. */
void        _ond_bookings_page_reload_own     (OndBookingsPage *self);

/* ond-bookings-page-list.c */
void        _ond_bookings_page_add_columns    (OndBookingsPage *self);
/* Gives a new list the page's search, filters and sort. */
void        _ond_bookings_page_apply_filters  (OndBookingsPage *self);
/* Shows the list, its empty state or "nothing found", and the count below the list. */
void        _ond_bookings_page_update_state   (OndBookingsPage *self);
/* The kinds of the kind filter, read from the store. */
void        _ond_bookings_page_update_kinds   (OndBookingsPage *self);
/* The years of the year filter, from the plan and the years of its bookings. */
void        _ond_bookings_page_update_years   (OndBookingsPage *self);
/* The search and the filters in words, for an exported list; NULL without any. */
char       *_ond_bookings_page_describe_list  (gpointer         user_data);
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
