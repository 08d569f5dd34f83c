import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactBookState } from '../../../shared/contacts/contact-book.ts';
import type { InvokeRequest } from '../../../shared/ipc/contract.ts';
import type { DijkwachtApi } from '../../../shared/ipc/create-api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { common, queryKeys } from '../../api/queries.ts';

/** The app's contact list with its ids and where it comes from (the page's; the desk reads `contacts`). */
export const contactBookKey = ['contact-book'] as const;

export const contactBookQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: contactBookKey,
    queryFn: () => api.getContactBook(),
    staleTime: Infinity,
  });

export const useContactBook = () => useQuery(contactBookQuery(useApi()));

/**
 * Every change answers with the whole new list: both caches take it, so the page and every
 * line card on the desk show it at once, without asking again.
 */
function useShowBook() {
  const queryClient = useQueryClient();
  return (book: ContactBookState) => {
    queryClient.setQueryData(contactBookKey, book);
    queryClient.setQueryData(
      queryKeys.contacts,
      book.entries.map((entry) => entry.contact),
    );
  };
}

/** Never retried: a change either happened once, or main said why not. */
const once = { networkMode: 'always', retry: false } as const;

export function useImportContacts() {
  const api = useApi();
  const show = useShowBook();
  return useMutation({
    ...once,
    mutationFn: () => api.importContacts(),
    onSuccess: (result) => result.status === 'imported' && show(result.book),
  });
}

export function useSaveContact() {
  const api = useApi();
  const show = useShowBook();
  return useMutation({
    ...once,
    mutationFn: (request: InvokeRequest<'contacts:save'>) => api.saveContact(request),
    onSuccess: show,
  });
}

export function useRemoveContact() {
  const api = useApi();
  const show = useShowBook();
  return useMutation({
    ...once,
    mutationFn: (id: string) => api.removeContact({ id }),
    onSuccess: show,
  });
}

/** "Copy number": main writes the clipboard (the page itself may not). */
export function useCopyNumber() {
  const api = useApi();
  return useMutation({ ...once, mutationFn: (text: string) => api.writeClipboard({ text }) });
}
