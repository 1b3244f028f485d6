// The donation ledger's tally arrives with the donations issue; the result keeps its shape meanwhile.
export type DonationTally = {
  count: number;
  donors: number;
  cash: number;
  goodsValue: number;
  total: number;
  unvaluedGoods: number;
  byDonorType: { donorType: string; count: number; cash: number; goodsValue: number; total: number }[];
  byDay: { date: string; cash: number; goodsValue: number; total: number; cumulative: number }[];
  byItem: { item: string; unit: string; quantity: number; value: number; count: number }[];
};

export const emptyDonationTally = (): DonationTally => ({
  count: 0, donors: 0, cash: 0, goodsValue: 0, total: 0, unvaluedGoods: 0, byDonorType: [], byDay: [], byItem: [],
});
