"""An example suite using debitsim's pytest plugin with the official `stripe` package.

    pip install debitsim stripe pytest
    pytest test_debits.py

`debitsim` is a fresh world for each test (a new sk_test_ key): no test sees another's
objects, and nothing needs cleaning up. The whole run shares one server (`debitsim_server`).
"""

import pytest
import stripe

EXPRESS = "acct_1SimExpressUS001"  # a connected account of the built-in fixtures


def usd(balance, bucket):
    return sum(entry.amount for entry in getattr(balance, bucket) if entry.currency == "usd")


def test_a_debit_by_charge_takes_money_from_the_connected_account(debitsim):
    client = debitsim.stripe_client()
    before = client.v1.balance.retrieve(options={"stripe_account": EXPRESS})

    payment = client.v1.charges.create({"amount": 1500, "currency": "usd", "source": EXPRESS})

    assert payment.id.startswith("py_")  # the platform's payment from the account
    after = client.v1.balance.retrieve(options={"stripe_account": EXPRESS})
    assert usd(after, "available") == usd(before, "available") - 1500
    assert debitsim.audit()["ok"]


def test_worlds_share_nothing(debitsim, debitsim_server):
    payment = debitsim.stripe_client().v1.charges.create({"amount": 900, "currency": "usd", "source": EXPRESS})
    stranger = debitsim_server.world().stripe_client()  # another fresh key
    with pytest.raises(stripe.InvalidRequestError):
        stranger.v1.charges.retrieve(payment.id)


def test_the_clock_makes_pending_funds_available(debitsim):
    client = debitsim.stripe_client()
    pending = usd(client.v1.balance.retrieve(options={"stripe_account": EXPRESS}), "pending")
    assert pending > 0

    debitsim.advance(days=7)

    balance = client.v1.balance.retrieve(options={"stripe_account": EXPRESS})
    assert usd(balance, "pending") == 0
    assert debitsim.audit()["ok"]


def test_a_restricted_key_reads_the_same_world(debitsim):
    payment = debitsim.request("POST", "/v1/charges", {"amount": 700, "currency": "usd", "source": EXPRESS})
    reader = debitsim.server.world(debitsim.restricted_key).stripe_client()
    assert reader.v1.charges.retrieve(payment["id"]).amount == 700
