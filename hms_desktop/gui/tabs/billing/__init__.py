"""The cashier's Billing tab: pending charges, the bill being built, payments and today's documents."""

from hms_desktop.gui.tabs.billing.view import BillingTab

__all__ = ["BillingTab"]
