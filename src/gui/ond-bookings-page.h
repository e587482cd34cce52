/* ond-bookings-page.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingsPage: the bookings of the Begroting (realisaties and verplichtingen) as a
 * sortable list with a search (Ctrl+F), a kind filter and a year filter; bookings are added
 * and changed in a form (OndBookingEditor), deleted after a confirmation with an Undo, and
 * imported from the financial system's CSV export (OndBookingImportDialog). On a read-only
 * file nothing can be added, changed, deleted or imported. The section hosting the page
 * binds its "store" and "plan". */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BOOKINGS_PAGE (ond_bookings_page_get_type ())
G_DECLARE_FINAL_TYPE (OndBookingsPage, ond_bookings_page, OND, BOOKINGS_PAGE, AdwBin)

GtkWidget  *ond_bookings_page_new          (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_bookings_page_get_store    (OndBookingsPage *self);
void        ond_bookings_page_set_store    (OndBookingsPage *self,
                                            OndStore        *store);
OndPlan    *ond_bookings_page_get_plan     (OndBookingsPage *self);
void        ond_bookings_page_set_plan     (OndBookingsPage *self,
                                            OndPlan         *plan);
/* The bookings shown: searched, filtered and sorted as on screen (transfer none). */
GListModel *ond_bookings_page_get_bookings (OndBookingsPage *self);
/* Reads the bookings again from the store, keeping the search, the filters and the sort. */
void        ond_bookings_page_reload       (OndBookingsPage *self);
/* Moves the keyboard focus to the search entry. */
void        ond_bookings_page_focus_search (OndBookingsPage *self);

G_END_DECLS
