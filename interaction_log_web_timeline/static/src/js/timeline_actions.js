/* Copyright 2026 interaction_log authors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
odoo.define('interaction_log_web_timeline.timeline_actions', function (require) {
    "use strict";

    /* web_timeline 11.0 lets whoever may write an item drag it, and whoever
     * may create add one: it reads no create, edit or delete attribute of
     * the view (its roadmap). A timeline declared with create="false",
     * edit="false" or delete="false" keeps those off, as list and form
     * views do; a double-click still opens the record. The empty "-" row
     * of records without a group is left out when there are none. */
    var TimelineRenderer = require('web_timeline.TimelineRenderer');

    TimelineRenderer.include({
        init_timeline: function () {
            this._super.apply(this, arguments);
            var attrs = this.arch.attrs;
            var allowed = function (action) {
                return _.str.toBoolElse(attrs[action], true);
            };
            var editable = this.options.editable;
            this.options.editable = {
                add: editable.add && allowed('create'),
                updateTime: editable.updateTime && allowed('edit'),
                updateGroup: editable.updateGroup && allowed('edit'),
                remove: editable.remove && allowed('delete'),
            };
            this.timeline.setOptions({editable: this.options.editable});
            if (!this.options.editable.add) {
                // vis opens an item on double-click only where items may be added
                this.timeline.on('doubleClick', this._onItemDoubleClick.bind(this));
            }
        },

        /**
         * No "-" row for records without a group when every record has one.
         *
         * @override
         */
        split_groups: function (events, group_bys) {
            var groups = this._super.apply(this, arguments);
            if (!group_bys.length || _.some(events, function (event) {
                return !event[_.first(group_bys)];
            })) {
                return groups;
            }
            return _.reject(groups, function (group) {
                return group.id === -1;
            });
        },

        /**
         * Open the double-clicked item as web_timeline does (form view).
         *
         * @private
         * @param {Object} properties vis's event properties
         */
        _onItemDoubleClick: function (properties) {
            if (!_.isUndefined(properties.item) && properties.item !== null) {
                this.on_update(this.timeline.itemsData.get(properties.item));
            }
        },
    });
});
