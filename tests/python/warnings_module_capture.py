import warnings
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 'old result'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print old_api()
    warnings.warn('plain user warning')
    warnings.warn(RuntimeWarning('instance warning'))
    1 / 2
print len(caught)
for w in caught:
    print w.category.__name__, str(w.message)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning, e:
        print 'raised UserWarning:', e
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    print len(caught)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('repeated')
    print len(caught)
print issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), [c.__name__ for c in PendingDeprecationWarning.__mro__]
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('custom', MyWarning)
    print caught[0].category is MyWarning, caught[0].message.args
