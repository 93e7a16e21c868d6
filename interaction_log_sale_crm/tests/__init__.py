from . import test_quotation_opportunity
