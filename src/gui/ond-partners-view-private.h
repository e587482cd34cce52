/* ond-partners-view-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndPartnersView share: the view (ond-partners-view.c: reading, the
 * partner lists), the menukaart's table (ond-partners-view-matrix.c: a column per partner,
 * a check button per cell), its actions (ond-partners-view-actions.c: the forms,
 * retiring, deleting with undo) and the export of the page shown to a workbook
 * (ond-partners-view-export.c). */

#pragma once

#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-partners-view.h"

G_BEGIN_DECLS

/* One of the lists by kind: what its rows are made from. */
typedef struct
{
  OndPartnersView *view;
  GListModel      *partners;   /* the filter model of the kind */
} OndPartnersKindList;

struct _OndPartnersView
{
  AdwBin               parent_instance;

  AdwViewStack        *pages;
  GtkButton           *add_partner_button;
  GtkButton           *add_intervention_button;
  GtkListBox          *municipal_list;
  GtkListBox          *external_list;
  GtkListBox          *riec_list;
  GtkFilterListModel  *municipal_partners;
  GtkFilterListModel  *external_partners;
  GtkFilterListModel  *riec_partners;
  GtkColumnView       *matrix_view;
  GtkNoSelection      *intervention_selection;
  GtkColumnViewColumn *intervention_column;
  GtkMenuButton       *add_column_button;
  /* Never shown: the partners of the three lists as one table, for the export. */
  GtkColumnView       *partners_export_view;
  OndPartnersKindList  kind_lists[3];

  /* What the view shows, read from the store: updated in place when only fields changed
   * (so rows and cells stay, with the keyboard focus), made anew when rows came, went or
   * moved. */
  GListStore          *partners;        /* OndPartner, in the store's order */
  GListStore          *interventions;   /* OndIntervention, in the menukaart's order */

  /* The partner columns of the menukaart and the partner of each (gint64). */
  GPtrArray           *partner_columns;
  GArray              *column_partner_ids;
  /* The partners that had a column since the view was made (gint64): a column stays when
   * its last cell is cleared, so the keyboard does not lose its place. */
  GArray              *kept_column_ids;
  /* Per intervention id (gint64 *), a short label for the names of the cells. */
  GHashTable          *short_labels;

  /* Undo of the last deletion: the partner or intervention as it was. */
  AdwToast            *undo_toast;
  AdwToast            *info_toast;
  GObject             *deleted;

  OndStore            *store;
  OndPlan             *plan;
};

/* The view (ond-partners-view.c). */
void        _ond_partners_view_reload            (OndPartnersView      *self);
gboolean    _ond_partners_view_is_writable       (OndPartnersView      *self);
OndPartner *_ond_partners_view_find_partner      (OndPartnersView      *self,
                                                  gint64                id);
OndIntervention *_ond_partners_view_find_intervention (OndPartnersView *self,
                                                  gint64                id);
/* Moves the keyboard focus to the row of the partner, if it is shown. */
void        _ond_partners_view_focus_partner     (OndPartnersView      *self,
                                                  gint64                id);

/* The menukaart's table (ond-partners-view-matrix.c). */
void        _ond_partners_view_init_matrix       (OndPartnersView      *self);
/* Before the interventions shown are updated to @interventions (as read again), so the
 * cells find the new labels when they are told of the change. */
void        _ond_partners_view_update_short_labels (OndPartnersView    *self,
                                                  GListModel           *interventions);
/* After a reload: the columns (made anew when @partners_changed or the set of partners with
 * a column changed, else only retitled) and the menu of partners that can be given a
 * column. */
void        _ond_partners_view_update_matrix     (OndPartnersView      *self,
                                                  gboolean              partners_changed);
/* Gives @partner_id a column (an empty one, to set its first cells). */
void        _ond_partners_view_show_column       (OndPartnersView      *self,
                                                  gint64                partner_id);
const char *_ond_partners_view_short_label       (OndPartnersView      *self,
                                                  OndIntervention      *intervention);

/* The export (ond-partners-view-export.c): partners.export-list, the list of the page
 * shown to a workbook. */
void        _ond_partners_view_init_export       (OndPartnersView      *self);
void        _ond_partners_view_class_export_init (GtkWidgetClass       *widget_class);
/* Exports the menukaart's column of @partner_id as an "x" per intervention it can carry
 * out. */
void        _ond_partners_view_export_partner_column (GtkColumnViewColumn *column,
                                                  gint64                partner_id);

/* The actions (ond-partners-view-actions.c). */
void        _ond_partners_view_class_actions_init (OndPartnersViewClass *klass);
void        _ond_partners_view_update_actions    (OndPartnersView      *self);
void        _ond_partners_view_forget_deleted    (OndPartnersView      *self);
void        _ond_partners_view_report_error      (OndPartnersView      *self,
                                                  const GError         *error);

G_END_DECLS
